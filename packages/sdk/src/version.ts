/** The SDK's version, sent as `X-Wushe-Client` so the server can tell old clients apart. */
export const SDK_VERSION = '0.1.0';
