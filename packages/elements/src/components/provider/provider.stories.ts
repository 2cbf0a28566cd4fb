import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './provider.js';

const meta: Meta = {
  title: 'Foundation/Provider',
  component: 'wushe-provider',
  args: { community: '440113104001', lang: 'zh-CN' },
  render: (args) =>
    html`<wushe-provider community=${args.community as string} lang=${args.lang as string}>
      <p>番禺区南村镇锦绣香江社区：这里将放置需求清单、志愿者登记、捐赠和满意度评价组件。</p>
    </wushe-provider>`,
};
export default meta;

export const Default: StoryObj = {};
