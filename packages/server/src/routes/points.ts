import type { RouteHandlers } from '../http/route.js';
import {
  donateMyPoints,
  myPoints,
  redeemMyReward,
  transferMyPoints,
} from '../services/points/mine.js';
import { volunteerPoints } from '../services/points/read.js';
import { redeemPickupCode } from '../services/points/redeem.js';
import { createReward, listRewards, updateReward } from '../services/points/rewards.js';

/** 公益积分 and the 爱心超市 (SPEC §13), as staff, the public and a signed-in resident reach them. */
export const pointsHandlers = {
  listRewards,
  createReward,
  updateReward,
  redeemPickupCode,
  getVolunteerPoints: volunteerPoints,
  getMyPoints: myPoints,
  redeemReward: redeemMyReward,
  transferMyPoints,
  donateMyPoints,
} satisfies Partial<RouteHandlers>;
