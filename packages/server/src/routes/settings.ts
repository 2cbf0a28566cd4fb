import type { RouteHandlers } from '../http/route.js';
import { districtSettings, updateDistrictSettings } from '../services/settings/settings.js';

/** The district's settings (SPEC §9): a district_admin's alone, as the route declares. */
export const settingsHandlers = {
  getSettings: ({ tx, auth }) => districtSettings(tx, auth.districtCode),

  updateSettings: async (ctx) => {
    const { tx, auth, body, messages } = ctx;
    const settings = await updateDistrictSettings(tx, auth.districtCode, body, messages);
    await ctx.audit('settings.update', 'district', auth.districtCode, {
      sections: Object.keys(body),
    });
    return settings;
  },
} satisfies Partial<RouteHandlers>;
