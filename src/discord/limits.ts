// Discord's hard limits, named once. Anything over these is rejected by the API (error 50035).
export const CONTENT_MAX = 2000;
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const FIELD_NAME_MAX = 256;
export const FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_MAX = 2048;
/** Sum of title, description, field names and values, footer and author over all embeds of a message. */
export const EMBED_TOTAL_MAX = 6000;
export const AUTOCOMPLETE_MAX_ITEMS = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;
export const BUTTONS_PER_ROW = 5;
export const ACTION_ROWS_MAX = 5;
export const BUTTON_LABEL_MAX = 80;
export const BUTTON_URL_MAX = 512;
export const CUSTOM_ID_MAX = 100;
