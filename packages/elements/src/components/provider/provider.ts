import { defineElement } from '../../internal/define.js';
import { WusheProvider } from './provider.component.js';

export { WusheProvider };

defineElement('wushe-provider', WusheProvider);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-provider': WusheProvider;
  }
}
