/**
 * The Lit property declarations of the configuration every wushe element takes (attributes
 * mirrored as properties), declared once: `WusheElement` (every data widget) and
 * `<wushe-donate-button>` (which stays off `WusheElement` to stay small before its click) both
 * spread them into their `static properties`. Each class still declares the fields' types and
 * documentation (`declare apiBase: …`), which cost nothing at run time and feed
 * custom-elements.json.
 */
export const configProperties = {
  apiBase: { type: String, attribute: 'api-base' },
  publishableKey: { type: String, attribute: 'publishable-key' },
  community: { type: String, reflect: true },
  lang: { type: String, reflect: true },
  theme: { type: String, reflect: true },
  elder: { type: Boolean, reflect: true },
  client: { attribute: false },
} as const;
