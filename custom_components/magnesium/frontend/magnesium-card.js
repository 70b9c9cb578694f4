/**
 * Magnesium dashboard card: a person's day against their target, supplements
 * against their limit, quick logging, the day's entries and the last 7 days.
 * Any past day can be shown (step back, or tap its bar), its entries
 * corrected or removed. Any food can be logged from a search box, and every
 * log or removal can be undone from Home Assistant's own toast.
 *
 * Plain custom elements: Home Assistant's own Lit is not part of its public
 * API, so the card builds its DOM itself. Text from users is only ever set as
 * textContent.
 */

// Units that are a weight already: no grams shown after them.
const WEIGHT_UNITS = new Set(["g", "kg", "mg", "oz", "lb"]);
const DOMAIN = "magnesium";
// Days in the bar chart: a week by default, up to a month (`days` option).
const DAYS = 7;
const MAX_DAYS = 31;
// Suggestions shown under the search box, and the pause before searching.
const SUGGESTIONS = 6;
const SEARCH_DELAY_MS = 250;
// How long the toast after a log or removal offers its Undo.
const UNDO_MS = 10000;
const SVG_NS = "http://www.w3.org/2000/svg";
// Material Design Icons paths, as bundled by the Home Assistant frontend.
const ICONS = {
  plus: "M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",
  close:
    "M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",
  alert: "M13 14H11V9H13M13 18H11V16H13M1 21H23L12 2L1 21Z",
  pencil:
    "M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",
  previous: "M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",
  next: "M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",
};
// The entities the card shows, by translation key; a change to any re-renders.
const WATCHED = [
  "intake_today",
  "food_today",
  "supplements_today",
  "remaining_today",
  "average_7d",
  "daily_target",
  "supplement_limit",
  "intake",
];
// The forms of supplements.py, for the editor; tests/test_card.py keeps them equal.
const SUPPLEMENT_FORMS = [
  "oxide",
  "citrate",
  "glycinate",
  "malate",
  "chloride",
  "lactate",
  "sulfate",
  "taurate",
  "threonate",
  "orotate",
  "aspartate",
  "carbonate",
  "hydroxide",
  "gluconate",
  "pidolate",
  "acetyl_taurate",
  "citrate_nonahydrate",
  "malate_trihydrate",
  "glycinate_dihydrate",
  "lactate_dihydrate",
  "aspartate_dihydrate",
  "orotate_dihydrate",
  "gluconate_dihydrate",
];

// DOM building -------------------------------------------------------------

/**
 * Create an element. `props`: `text` sets textContent, `onX` adds a listener,
 * `style` takes an object of properties, anything else is an attribute
 * (skipped when null or false).
 */
function build(namespace, tag, props = {}, children = []) {
  const node = namespace ? document.createElementNS(namespace, tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "style") {
      for (const [property, setting] of Object.entries(value)) {
        // Custom properties ("--mg-days") are set by name only.
        if (property.startsWith("--")) node.style.setProperty(property, setting);
        else node.style[property] = setting;
      }
    }
    else if (key.startsWith("on")) node.addEventListener(key.slice(2).toLowerCase(), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== false));
  return node;
}

const el = (tag, props, children) => build(null, tag, props, children);
const svg = (tag, props, children) => build(SVG_NS, tag, props, children);

function icon(name) {
  return svg("svg", { class: "icon", viewBox: "0 0 24 24", "aria-hidden": "true" }, [
    svg("path", { d: ICONS[name] }),
  ]);
}

/** Whether an optional config value was given (forms leave empty fields as "" or null). */
function present(value) {
  return value !== undefined && value !== null && value !== "";
}

// Home Assistant data --------------------------------------------------------

/** The device of the card's person: configured, or that of one of their entities. */
function personDeviceId(hass, config) {
  return config.device_id || hass.entities?.[config.entity]?.device_id;
}

/** The person behind a device: name, config entry and entity ids by translation key. */
function findPerson(hass, deviceId) {
  const device = deviceId && hass.devices?.[deviceId];
  if (!device) return null;
  const entities = {};
  for (const entry of Object.values(hass.entities ?? {})) {
    if (entry.device_id === deviceId && entry.platform === DOMAIN && entry.translation_key) {
      entities[entry.translation_key] = entry.entity_id;
    }
  }
  return {
    name: device.name_by_user || device.name || "",
    configEntryId: device.primary_config_entry ?? device.config_entries?.[0],
    entities,
  };
}

/** The first device that has a magnesium entity, for a new card. */
function firstPersonDevice(hass) {
  const entry = Object.values(hass?.entities ?? {}).find(
    (candidate) => candidate.platform === DOMAIN && candidate.device_id,
  );
  return entry?.device_id ?? "";
}

function numberState(hass, entityId) {
  const value = Number.parseFloat(hass.states[entityId]?.state);
  return Number.isFinite(value) ? value : null;
}

/** A supplement product the integration exposes as attributes, if any. */
function productFromAttributes(hass, person) {
  for (const entityId of Object.values(person.entities)) {
    const attributes = hass.states[entityId]?.attributes ?? {};
    const mg = Number(attributes.supplement_unit_mg);
    if (mg > 0) return { name: attributes.supplement_product, magnesium_mg: mg };
  }
  return null;
}

/** An action's response, asked quietly: a failure is the caller's to show. */
async function askFor(hass, service, data) {
  const result = await hass.callService(DOMAIN, service, data, undefined, false, true);
  return result.response;
}

/** Today in Home Assistant's time zone, as YYYY-MM-DD. */
function todayIn(timeZone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
}

/** A moment as the value of a datetime-local field, in Home Assistant's time zone. */
function localDateTime(isoDateTime, timeZone) {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(isoDateTime));
  return parts.replace(" ", "T");
}

function shiftDay(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// Texts ----------------------------------------------------------------------

// Every text the card and its editor show comes from the integration's
// translation files: the "card_" keys of their "common" section, and the
// supplement forms of their "selector" section, in the user's language (Home
// Assistant fills what a language lacks from English).
const CARD_TEXTS = `component.${DOMAIN}.common.card_`;
const FORM_TEXTS = `component.${DOMAIN}.selector.form.options.`;
const textsByLanguage = new Map();

function languageOf(hass) {
  return hass.locale?.language ?? hass.language ?? "en";
}

function translations(hass, language, category) {
  return hass
    .callWS({ type: "frontend/get_translations", language, category, integration: [DOMAIN] })
    .then(({ resources }) => resources);
}

function stripped(resources, prefix) {
  return Object.fromEntries(
    Object.entries(resources)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, text]) => [key.slice(prefix.length), text]),
  );
}

/** The card's texts and the forms' names in the user's language, fetched once. */
function textsFor(hass) {
  const language = languageOf(hass);
  if (!textsByLanguage.has(language)) {
    const loading = Promise.all([
      translations(hass, language, "common"),
      translations(hass, language, "selector"),
    ]).then(([common, selector]) => ({
      words: stripped(common, CARD_TEXTS),
      forms: stripped(selector, FORM_TEXTS),
    }));
    // A failed fetch is tried again by the next card that asks.
    loading.catch(() => textsByLanguage.delete(language));
    textsByLanguage.set(language, loading);
  }
  return textsByLanguage.get(language);
}

/** Keep `holder.texts` in the language of `hass`; `ready` once they are in. */
function followTexts(holder, hass, ready) {
  const language = languageOf(hass);
  if (holder.textsLanguage === language) return;
  holder.textsLanguage = language;
  textsFor(hass).then(
    (texts) => {
      describeInPicker(texts, language);
      if (holder.textsLanguage !== language) return;
      holder.texts = texts;
      ready();
    },
    () => {
      // Not fetched (the connection dropped): the next update asks again.
      if (holder.textsLanguage === language) holder.textsLanguage = null;
    },
  );
}

/** A card text with its {placeholders} filled. */
function fill(texts, key, values = {}) {
  const text = texts?.words[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A supplement form as the user's language names it. */
function formName(texts, form) {
  return texts?.forms[form] ?? form;
}

// Configuration --------------------------------------------------------------

/** A mistake in the card's YAML, told in the user's language by the card. */
class ConfigError extends Error {
  constructor(key, values = {}) {
    super(key);
    this.key = key;
    this.values = values;
  }
}

function normalizeFavorite(favorite) {
  const item = typeof favorite === "string" ? { food: favorite } : { ...favorite };
  if (typeof item.food !== "string" || !item.food.trim()) {
    throw new ConfigError("error_favorite_food");
  }
  return item;
}

function normalizeConfig(config) {
  if (!config || typeof config !== "object") throw new ConfigError("error_config");
  if (config.favorites !== undefined && !Array.isArray(config.favorites)) {
    throw new ConfigError("error_favorites");
  }
  const supplement = config.supplement;
  if (supplement !== undefined && supplement !== false && !(Number(supplement?.magnesium_mg) > 0)) {
    throw new ConfigError("error_supplement");
  }
  const days = Number(config.days ?? DAYS);
  if (!Number.isInteger(days) || days < DAYS || days > MAX_DAYS) {
    throw new ConfigError("error_days", { min: DAYS, max: MAX_DAYS });
  }
  return { ...config, days, favorites: (config.favorites ?? []).map(normalizeFavorite) };
}

function favoriteLabel(favorite) {
  if (favorite.label) return favorite.label;
  return favorite.food.charAt(0).toUpperCase() + favorite.food.slice(1);
}

function favoriteAmount(favorite) {
  return [favorite.quantity, favorite.unit].filter(present).join(" ");
}

// The card ---------------------------------------------------------------------

// A tag only so that editors and formatters treat the template as CSS.
const css = String.raw;

const STYLES = new CSSStyleSheet();
STYLES.replaceSync(css`
  :host {
    --mg-food: var(--magnesium-food-color, var(--primary-color, #03a9f4));
    --mg-supplement: var(--magnesium-supplement-color, var(--purple-color, #926bc7));
    --mg-track: color-mix(in srgb, var(--primary-text-color, #212121) 10%, transparent);
    --mg-muted: var(--secondary-text-color, #727272);
    --mg-space: var(--ha-space-4, 16px);
    display: block;
  }
  ha-card {
    overflow: hidden;
    height: 100%;
    container-type: inline-size;
  }
  .card,
  .pane {
    display: grid;
    gap: 20px;
    align-content: start;
  }
  .card {
    padding: var(--mg-space);
  }
  @container (min-width: 640px) {
    .card {
      grid-template-columns: 1fr 1fr;
      column-gap: 32px;
    }
    header {
      grid-column: 1 / -1;
    }
  }
  .icon {
    width: 18px;
    height: 18px;
    fill: currentColor;
    flex: none;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h2 {
    margin: 0;
    font-size: var(--ha-font-size-xl, 20px);
    font-weight: var(--ha-font-weight-normal, 400);
    line-height: 1.2;
    color: var(--ha-card-header-color, var(--primary-text-color));
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  h3 {
    margin: 0 0 8px;
    font-size: var(--ha-font-size-s, 12px);
    font-weight: var(--ha-font-weight-medium, 500);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--mg-muted);
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  h3 .aside {
    text-transform: none;
    letter-spacing: normal;
    font-weight: var(--ha-font-weight-normal, 400);
  }
  .subtitle {
    color: var(--mg-muted);
    font-size: var(--ha-font-size-m, 14px);
    white-space: nowrap;
  }
  .notice {
    color: var(--mg-muted);
    margin: 0;
  }

  /* Ring and legend */
  .summary {
    display: flex;
    align-items: center;
    gap: 20px;
  }
  .ring {
    position: relative;
    width: 148px;
    height: 148px;
    flex: none;
  }
  .ring svg {
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  .ring circle {
    fill: none;
    stroke-width: 9;
  }
  .ring .track {
    stroke: var(--mg-track);
  }
  .ring .food {
    stroke: var(--mg-food);
  }
  .ring .supplement {
    stroke: var(--mg-supplement);
  }
  .ring-text {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    line-height: 1.15;
  }
  .ring-total {
    font-size: var(--ha-font-size-3xl, 28px);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .ring-target {
    font-size: var(--ha-font-size-m, 14px);
    color: var(--mg-muted);
  }
  .ring-status {
    font-size: var(--ha-font-size-s, 12px);
    color: var(--mg-muted);
    margin-top: 4px;
  }
  .ring-status.reached {
    color: var(--success-color, #43a047);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 10px;
    flex: 1;
    min-width: 0;
  }
  .legend li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    align-items: center;
  }
  .legend .name {
    color: var(--mg-muted);
    font-size: var(--ha-font-size-m, 14px);
  }
  .legend .value {
    grid-column: 2;
    font-size: var(--ha-font-size-l, 16px);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .legend li.plain {
    grid-template-columns: 1fr;
  }
  .legend li.plain .value {
    grid-column: 1;
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    display: inline-block;
    flex: none;
  }
  .dot.food {
    background: var(--mg-food);
  }
  .dot.supplement {
    background: var(--mg-supplement);
  }

  /* Supplements against the limit */
  .limit-bar {
    position: relative;
    height: 10px;
    border-radius: 5px;
    background: var(--mg-track);
    margin: 12px 0 6px;
  }
  .limit-fill,
  .limit-excess {
    position: absolute;
    top: 0;
    bottom: 0;
  }
  .limit-fill {
    left: 0;
    background: var(--mg-supplement);
    border-radius: 5px 0 0 5px;
  }
  .limit-excess {
    background: var(--warning-color, #ffa600);
    border-radius: 0 5px 5px 0;
  }
  .limit-marker {
    position: absolute;
    top: -5px;
    bottom: -5px;
    width: 3px;
    margin-left: -1.5px;
    border-radius: 2px;
    background: var(--primary-text-color, #212121);
  }
  .limit-scale {
    position: relative;
    height: 16px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--mg-muted);
  }
  .limit-scale span {
    position: absolute;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .warning {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-top: 10px;
    padding: 8px 12px;
    border-radius: 8px;
    background: color-mix(in srgb, var(--warning-color, #ffa600) 16%, transparent);
    color: var(--primary-text-color);
    font-size: var(--ha-font-size-m, 14px);
  }
  .warning .icon {
    color: var(--warning-color, #ffa600);
  }

  /* Buttons */
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    background: none;
    border: none;
    padding: 0;
    -webkit-tap-highlight-color: transparent;
  }
  button:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.55;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 36px;
    padding: 4px 14px 4px 10px;
    border: 1px solid var(--divider-color, #e0e0e0);
    border-radius: 18px;
    font-size: var(--ha-font-size-m, 14px);
  }
  .chip .icon {
    color: var(--mg-food);
  }
  .chip.supplement .icon {
    color: var(--mg-supplement);
  }
  .chip .amount {
    color: var(--mg-muted);
  }
  .chip:hover:not(:disabled) {
    background: color-mix(in srgb, var(--mg-food) 10%, transparent);
  }
  .chip.supplement:hover:not(:disabled) {
    background: color-mix(in srgb, var(--mg-supplement) 12%, transparent);
  }

  /* Today's entries */
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    display: grid;
    grid-template-columns: auto 1fr auto auto auto;
    align-items: center;
    column-gap: 10px;
    min-height: 48px;
    border-top: 1px solid var(--divider-color, #e0e0e0);
  }
  .entry:first-child {
    border-top: none;
  }
  .entry .text {
    min-width: 0;
  }
  .entry .label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .entry .label::first-letter {
    text-transform: uppercase;
  }
  .entry .meta {
    color: var(--mg-muted);
    font-size: var(--ha-font-size-s, 12px);
  }
  .entry .mg {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .icon-button {
    width: 40px;
    height: 40px;
    border-radius: 50%;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    color: var(--mg-muted);
  }
  .icon-button:hover:not(:disabled) {
    background: var(--mg-track);
    color: var(--primary-text-color);
  }
  .remove {
    margin-right: -8px;
  }
  .remove:hover:not(:disabled) {
    color: var(--error-color, #db4437);
  }
  .edit form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 8px 12px;
    padding: 4px 0 12px 18px;
  }
  .edit label {
    display: grid;
    gap: 2px;
    font-size: var(--ha-font-size-s, 12px);
    color: var(--mg-muted);
  }
  .edit input {
    font: inherit;
    font-size: var(--ha-font-size-m, 14px);
    color: var(--primary-text-color);
    background: var(--card-background-color, #fff);
    border: 1px solid var(--divider-color, #e0e0e0);
    border-radius: 6px;
    padding: 6px 8px;
    width: 7em;
  }
  .edit input[type="datetime-local"] {
    width: auto;
  }
  .edit-actions {
    display: flex;
    gap: 4px;
    margin-left: auto;
  }
  .text-button {
    min-height: 36px;
    padding: 0 12px;
    border-radius: 18px;
    color: var(--primary-color, #03a9f4);
    font-weight: var(--ha-font-weight-medium, 500);
  }
  .text-button.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .log-form {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-bottom: 8px;
  }
  .log-form input,
  .log-form select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color, #fff);
    border: 1px solid var(--divider-color, #e0e0e0);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    box-sizing: border-box;
  }
  .log-form .search {
    flex: 1 1 12em;
    min-width: 0;
  }
  .log-form .amount-input {
    width: 6em;
  }
  .suggestions {
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
    border: 1px solid var(--divider-color, #e0e0e0);
    border-radius: 6px;
  }
  .suggestion {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    width: 100%;
    min-height: 40px;
    padding: 6px 10px;
    text-align: left;
  }
  .suggestion:hover,
  .suggestion:focus-visible {
    background: var(--mg-track);
  }
  .suggestion .amount {
    color: var(--mg-muted);
    white-space: nowrap;
  }
  .days {
    display: flex;
    align-items: center;
    gap: 2px;
    flex: none;
  }
  .days .icon-button {
    width: 32px;
    height: 32px;
  }

  /* Last 7 days */
  .week {
    position: relative;
    display: grid;
    grid-template-columns: repeat(var(--mg-days, ${DAYS}), 1fr);
    gap: 6px;
  }
  .week.many {
    gap: 2px;
  }
  .day {
    display: grid;
    grid-template-rows: 16px 80px 18px;
    justify-items: center;
    min-width: 0;
    border-radius: 6px;
  }
  .day:hover {
    background: var(--mg-track);
  }
  .day .value {
    font-size: var(--ha-font-size-xs, 10px);
    color: var(--mg-muted);
    font-variant-numeric: tabular-nums;
  }
  .day .bar {
    position: relative;
    width: 100%;
    max-width: 28px;
    display: flex;
    flex-direction: column-reverse;
  }
  .day .bar span {
    display: block;
    width: 100%;
  }
  .day .bar .food {
    background: var(--mg-food);
  }
  .day .bar .supplement {
    background: var(--mg-supplement);
  }
  .day .bar > span:last-child {
    border-radius: 4px 4px 0 0;
  }
  .day:not(.is-shown) .bar {
    opacity: 0.5;
  }
  .day .name {
    font-size: var(--ha-font-size-s, 12px);
    color: var(--mg-muted);
    line-height: 18px;
  }
  .day.is-shown .name,
  .day.is-shown .value {
    color: var(--primary-text-color);
    font-weight: var(--ha-font-weight-bold, 700);
  }
  .target-line {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 2px dashed var(--primary-text-color, #212121);
    opacity: 0.5;
    pointer-events: none;
  }
`);

class MagnesiumCard extends HTMLElement {
  static getConfigElement() {
    return document.createElement("magnesium-card-editor");
  }

  static getStubConfig(hass) {
    return { device_id: firstPersonDevice(hass), favorites: ["almonds", "spinach", "banana"] };
  }

  constructor() {
    super();
    this.attachShadow({ mode: "open" }).adoptedStyleSheets = [STYLES];
    this._log = null; // get_log response, or { error }
    this._logKey = null;
    this._logRequest = 0;
    this._busy = new Set();
    this._day = null; // the day shown, YYYY-MM-DD; null: today
    this._editing = null; // { id, draft } of the entry being corrected
    // The search box: what is typed, the foods found, the one chosen.
    this._search = { query: "", found: [], chosen: null, quantity: "1", unit: "" };
    this._searchRequest = 0;
    this._searchTimer = null;
    this._supplementMg = "";
  }

  setConfig(config) {
    try {
      this._config = normalizeConfig(config);
      this._configError = null;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      // Shown in the card, in the user's language.
      this._config = null;
      this._configError = err;
      this._render();
    }
    this._personCache = null;
    this._watched = null;
    if (this._hass) this.hass = this._hass;
  }

  set hass(hass) {
    this._hass = hass;
    followTexts(this, hass, () => this._render());
    if (!this._config) return;
    const person = this._findPerson(hass);
    const watched = person ? WATCHED.map((key) => hass.states[person.entities[key]]) : [];
    // State objects are replaced when they change: identity tells what is new.
    const unchanged =
      person === this._person &&
      this._watched?.length === watched.length &&
      watched.every((state, i) => state === this._watched[i]);
    if (unchanged) return;
    if (person?.configEntryId !== this._person?.configEntryId) {
      // Another person: never show the last one's entries meanwhile.
      this._log = null;
      this._logKey = null;
      this._day = null;
      this._editing = null;
    }
    this._person = person;
    this._watched = watched;
    if (person) this._refreshLog(hass, person);
    this._render();
  }

  get hass() {
    return this._hass;
  }

  /** The person, looked up again only when the registries or the config change. */
  _findPerson(hass) {
    const deviceId = personDeviceId(hass, this._config);
    const cache = this._personCache;
    if (
      cache?.entities !== hass.entities ||
      cache.devices !== hass.devices ||
      cache.deviceId !== deviceId
    ) {
      this._personCache = {
        entities: hass.entities,
        devices: hass.devices,
        deviceId,
        person: findPerson(hass, deviceId),
      };
    }
    return this._personCache.person;
  }

  getCardSize() {
    return 9 + Math.min(this._shownLog()?.entries.length ?? 3, 8);
  }

  getGridOptions() {
    return { columns: 12, rows: "auto", min_columns: 6 };
  }

  // Reading and changing the log ------------------------------------------------

  /** Reload the entries and the week when the log changed, a day began or another is shown. */
  _refreshLog(hass, person) {
    const today = todayIn(hass.config?.time_zone);
    const key = [
      today,
      this._day,
      hass.states[person.entities.intake]?.state,
      hass.states[person.entities.intake_today]?.last_updated,
    ].join("|");
    if (key === this._logKey) return;
    this._logKey = key;
    this._loadLog(hass, person, today);
  }

  async _loadLog(hass, person, today) {
    const request = ++this._logRequest;
    let log;
    try {
      log = await askFor(hass, "get_log", {
        config_entry_id: person.configEntryId,
        // The week, and back to the day shown when that is older.
        start_date: [shiftDay(today, 1 - this._config.days), this._day ?? today].sort()[0],
        end_date: today,
      });
    } catch (err) {
      log = { error: err?.message ?? String(err) };
    }
    // An older request that answers late must not overwrite a newer one.
    if (request !== this._logRequest) return;
    this._log = log;
    this._render();
  }

  /** The log of the day shown (the last day of the log is today). */
  _shownLog() {
    const days = this._log?.days;
    if (!days) return null;
    return this._day ? (days.find((day) => day.date === this._day) ?? null) : days.at(-1);
  }

  /** Show another day; today (or later) is the live view. */
  _showDay(isoDate) {
    const today = todayIn(this._hass.config?.time_zone);
    this._day = isoDate < today ? isoDate : null;
    this._editing = null;
    this._refreshLog(this._hass, this._person);
    this._render();
  }

  /** Perform an action for the person; its response, or null when it failed. */
  async _call(key, service, data) {
    if (this._busy.has(key)) return null;
    this._busy.add(key);
    this._render();
    try {
      // Home Assistant shows a failed call as a toast with the translated error.
      const result = await this._hass.callService(
        DOMAIN,
        service,
        { config_entry_id: this._person.configEntryId, ...data },
        undefined,
        true,
        true,
      );
      return result?.response ?? {};
    } catch {
      // Already reported to the user by the toast.
      return null;
    } finally {
      this._busy.delete(key);
      this._render();
    }
  }

  /** Log, then offer to undo it in Home Assistant's toast. */
  async _logAndOfferUndo(key, service, data) {
    const response = await this._call(key, service, data);
    const entry = response?.entry;
    if (!entry) return false;
    this._toast(this._t("logged", { label: entry.label, mg: this._mg(entry.magnesium_mg) }), () =>
      this._call(`undo-${entry.id}`, "remove_entry", { entry_id: entry.id }),
    );
    return true;
  }

  /** A message in Home Assistant's toast, with an Undo button. */
  _toast(message, undo) {
    this.dispatchEvent(
      new CustomEvent("hass-notification", {
        bubbles: true,
        composed: true,
        detail: { message, duration: UNDO_MS, action: { text: this._t("undo"), action: undo } },
      }),
    );
  }

  _logFavorite(favorite, index) {
    const data = { food: favorite.food };
    if (present(favorite.quantity)) data.quantity = Number(favorite.quantity);
    if (present(favorite.unit)) data.unit = favorite.unit;
    this._logAndOfferUndo(`food-${index}`, "log_food", data);
  }

  _logSupplement(supplement) {
    const data = { magnesium_mg: Number(supplement.magnesium_mg) };
    if (supplement.name) data.name = supplement.name;
    if (supplement.form) data.form = supplement.form;
    this._logAndOfferUndo("supplement", "log_supplement", data);
  }

  /** Remove an entry; the toast's Undo logs it again as it was. */
  async _removeEntry(entry) {
    if (!(await this._call(`remove-${entry.id}`, "remove_entry", { entry_id: entry.id }))) {
      return;
    }
    const again =
      entry.kind === "food"
        ? [
            "log_food",
            {
              food: entry.label,
              quantity: entry.quantity,
              unit: entry.unit,
              magnesium_mg: entry.magnesium_mg,
              logged_at: entry.logged_at,
            },
          ]
        : [
            "log_supplement",
            { magnesium_mg: entry.magnesium_mg, name: entry.label, logged_at: entry.logged_at },
          ];
    this._toast(this._t("removed", { label: entry.label }), () =>
      this._call(`relog-${entry.id}`, ...again),
    );
  }

  // The search box ----------------------------------------------------------------

  _searchInput(query) {
    this._search = { ...this._search, query, chosen: null };
    clearTimeout(this._searchTimer);
    this._searchTimer = setTimeout(() => this._findFoods(query), SEARCH_DELAY_MS);
    this._render();
  }

  async _findFoods(query) {
    const request = ++this._searchRequest;
    let found = [];
    if (query.trim().length >= 2) {
      try {
        const response = await askFor(this._hass, "search_foods", {
          query: query.trim(),
          limit: SUGGESTIONS,
        });
        found = response?.foods ?? [];
      } catch {
        found = [];
      }
    }
    // A slower answer to an older query must not replace a newer one.
    if (request !== this._searchRequest) return;
    this._search = { ...this._search, found };
    this._render();
  }

  /** A food picked from the suggestions: its amount and units come next. */
  _choose(food) {
    const unit = food.units.includes("piece") ? "piece" : food.units[0];
    this._search = { ...this._search, query: food.name, found: [], chosen: food, unit };
    this._render();
    this.shadowRoot.querySelector('[data-key="search-amount"]')?.focus();
  }

  /** Log what the search box holds: the chosen food, else the typed phrase. */
  async _logSearched() {
    const { query, chosen, quantity, unit } = this._search;
    if (!query.trim()) return;
    const data = chosen
      ? { food: chosen.name, quantity: Number(quantity), unit }
      : { food: query.trim() };
    if (await this._logAndOfferUndo("search-log", "log_food", data)) {
      this._search = { query: "", found: [], chosen: null, quantity: "1", unit: "" };
      this._render();
    }
  }

  async _logSupplementMg() {
    const mg = Number(this._supplementMg);
    if (!(mg > 0)) return;
    if (await this._logAndOfferUndo("supplement-mg", "log_supplement", { magnesium_mg: mg })) {
      this._supplementMg = "";
      this._render();
    }
  }

  _startEditing(entry) {
    const timeZone = this._hass.config?.time_zone;
    this._editing = {
      id: entry.id,
      draft: {
        quantity: String(entry.quantity),
        unit: entry.unit,
        logged_at: localDateTime(entry.logged_at, timeZone),
      },
    };
    this._render();
    this.shadowRoot.querySelector('[data-key="edit-quantity"]')?.focus();
  }

  /** Send what the form changed; close it once the entry is updated. */
  async _saveEdit(entry) {
    const draft = this._editing.draft;
    const changes = {};
    const quantity = Number(draft.quantity);
    if (quantity !== entry.quantity) changes.quantity = quantity;
    if (entry.kind === "food" && draft.unit.trim() !== entry.unit) changes.unit = draft.unit.trim();
    if (draft.logged_at !== localDateTime(entry.logged_at, this._hass.config?.time_zone)) {
      changes.logged_at = draft.logged_at;
    }
    if (!Object.keys(changes).length) {
      this._editing = null;
      this._render();
      return;
    }
    if (await this._call(`save-${entry.id}`, "update_entry", { entry_id: entry.id, ...changes })) {
      this._editing = null;
      this._render();
    }
  }

  /** The supplement button's product: the card's, else the integration's default. */
  _supplement() {
    const configured = this._config.supplement;
    if (configured === false) return null;
    return configured ?? productFromAttributes(this._hass, this._person);
  }

  // Rendering ---------------------------------------------------------------------

  _t(key, values) {
    return fill(this.texts, key, values);
  }

  _render() {
    if (!this._hass || !this.texts) return;
    if (!this._config) {
      if (!this._configError) return;
      const { key, values } = this._configError;
      const notice = el("p", { class: "notice", role: "alert", text: this._t(key, values) });
      this.shadowRoot.replaceChildren(el("ha-card", {}, [el("div", { class: "card" }, [notice])]));
      return;
    }
    // Keep the keyboard focus on the same button across re-renders.
    const focused = this.shadowRoot.activeElement?.dataset?.key;
    const card = el("ha-card", {}, [el("div", { class: "card" }, this._sections())]);
    this.shadowRoot.replaceChildren(card);
    if (!focused) return;
    const again = this.shadowRoot.querySelector(`[data-key="${CSS.escape(focused)}"]`);
    again?.focus();
    // A text field keeps its caret at the end of what was typed.
    if (again?.type === "search" || again?.type === "text") {
      again.setSelectionRange(again.value.length, again.value.length);
    }
  }

  _sections() {
    const person = this._person;
    if (!person) {
      const message = personDeviceId(this._hass, this._config)
        ? this._t("person_gone")
        : this._t("choose_person");
      return [
        this._header(this._config.title ?? "Magnesium"),
        el("p", { class: "notice", text: message }),
      ];
    }
    // Two columns where the card is wide enough (see the container query).
    return [
      this._header(this._config.title ?? person.name),
      el("div", { class: "pane" }, [
        this._daySection(),
        this._limitSection(),
        // Logging is for now; a past day's entries are corrected in the list.
        this._day ? null : this._quickLogSection(),
        this._day ? null : this._logAnythingSection(),
      ]),
      el("div", { class: "pane" }, [this._entriesSection(), this._weekSection()]),
    ];
  }

  _mg(value) {
    if (value === null || value === undefined) return "—";
    return `${this._number(value)} mg`;
  }

  _quantity(value) {
    return new Intl.NumberFormat(this._hass.locale?.language, { maximumFractionDigits: 2 }).format(
      value,
    );
  }

  _number(value) {
    return new Intl.NumberFormat(this._hass.locale?.language, { maximumFractionDigits: 0 }).format(
      Math.round(value),
    );
  }

  _state(key) {
    return numberState(this._hass, this._person.entities[key]);
  }

  /** "Today", else the day shown: "Tue, Dec 1". */
  _dayName() {
    if (!this._day) return this._t("today");
    return new Intl.DateTimeFormat(this._hass.locale?.language, {
      weekday: "short",
      month: "short",
      day: "numeric",
      timeZone: "UTC",
    }).format(new Date(this._day));
  }

  _header(title) {
    const shown = this._day ?? todayIn(this._hass.config?.time_zone);
    return el("header", {}, [
      el("h2", { text: title }),
      el("nav", { class: "days", "aria-label": this._t("day_shown") }, [
        el(
          "button",
          {
            type: "button",
            class: "icon-button",
            "data-key": "previous-day",
            "aria-label": this._t("previous_day"),
            title: this._t("previous_day"),
            onClick: () => this._showDay(shiftDay(shown, -1)),
          },
          [icon("previous")],
        ),
        el("span", { class: "subtitle", "aria-live": "polite", text: this._dayName() }),
        el(
          "button",
          {
            type: "button",
            class: "icon-button",
            "data-key": "next-day",
            "aria-label": this._t("next_day"),
            title: this._t("next_day"),
            disabled: !this._day,
            onClick: () => this._showDay(shiftDay(shown, 1)),
          },
          [icon("next")],
        ),
      ]),
    ]);
  }

  /** The figures of the day shown: live from the sensors today, else from the log. */
  _figures() {
    if (!this._day) {
      return {
        total: this._state("intake_today"),
        food: this._state("food_today") ?? 0,
        supplements: this._state("supplements_today") ?? 0,
        target: this._state("daily_target"),
        remaining: this._state("remaining_today"),
        average: this._state("average_7d"),
        limit: this._state("supplement_limit") ?? 0,
      };
    }
    const day = this._shownLog();
    return {
      total: day?.intake_today_mg ?? null,
      food: day?.food_today_mg ?? 0,
      supplements: day?.supplements_today_mg ?? 0,
      target: day?.daily_target_mg ?? null,
      remaining: day?.remaining_today_mg ?? null,
      average: null,
      limit: day?.supplement_limit_mg ?? 0,
    };
  }

  _daySection() {
    const { total, food, supplements, target, remaining, average } = this._figures();
    const reached = total !== null && target !== null && total >= target;
    const label = this._t("day_label", {
      day: this._dayName(),
      total: this._mg(total),
      target: this._mg(target),
      food: this._mg(food),
      supplements: this._mg(supplements),
    });
    return el("section", { class: "summary" }, [
      el("div", { class: "ring", role: "img", "aria-label": label }, [
        this._ring(food, supplements, target),
        el("div", { class: "ring-text", "aria-hidden": "true" }, [
          el("span", { class: "ring-total", text: total === null ? "—" : this._number(total) }),
          el("span", { class: "ring-target", text: `/ ${this._mg(target)}` }),
          el("span", {
            class: reached ? "ring-status reached" : "ring-status",
            text: reached ? this._t("target_reached") : this._t("to_go", { mg: this._mg(remaining) }),
          }),
        ]),
      ]),
      el("ul", { class: "legend" }, [
        this._legendItem("food", this._t("food"), food),
        this._legendItem("supplement", this._t("supplements"), supplements),
        this._day ? null : this._legendItem(null, this._t("average_7d"), average),
      ]),
    ]);
  }

  _ring(food, supplements, target) {
    const radius = 44;
    const circumference = 2 * Math.PI * radius;
    // Past the target the ring is full and shows the share of each source.
    const scale = Math.max(target ?? 0, food + supplements) || 1;
    const foodLength = (food / scale) * circumference;
    const supplementLength = (supplements / scale) * circumference;
    const arc = (kind, length, offset) =>
      svg("circle", {
        class: `arc ${kind}`,
        cx: 50,
        cy: 50,
        r: radius,
        "stroke-dasharray": `${length} ${circumference}`,
        "stroke-dashoffset": -offset,
      });
    return svg("svg", { viewBox: "0 0 100 100", "aria-hidden": "true" }, [
      svg("circle", { class: "track", cx: 50, cy: 50, r: radius }),
      arc("food", foodLength, 0),
      arc("supplement", supplementLength, foodLength),
    ]);
  }

  _legendItem(kind, name, value) {
    return el("li", { class: kind ? null : "plain" }, [
      kind ? el("span", { class: `dot ${kind}` }) : null,
      el("span", { class: "name", text: name }),
      el("span", { class: "value", text: this._mg(value) }),
    ]);
  }

  _limitSection() {
    const { supplements, limit } = this._figures();
    const excess = supplements - limit;
    // Leave room past the marker so that going over it is visible.
    const scale = Math.max(limit * 1.25, supplements) || 1;
    const percent = (value) => `${(Math.min(value, scale) / scale) * 100}%`;
    const within = Math.min(supplements, limit);
    const amounts = {
      supplements: this._mg(supplements),
      limit: this._mg(limit),
      excess: this._mg(excess),
    };
    const label = this._t(excess > 0 ? "limit_label_above" : "limit_label", amounts);
    return el("section", {}, [
      el("h3", {}, [
        el("span", { text: this._t("supplements") }),
        el("span", { class: "aside", text: this._mg(supplements) }),
      ]),
      el("div", { class: "limit-bar", role: "img", "aria-label": label }, [
        el("span", { class: "limit-fill", style: { width: percent(within) } }),
        excess > 0
          ? el("span", {
              class: "limit-excess",
              style: { left: percent(limit), width: percent(excess) },
            })
          : null,
        el("span", { class: "limit-marker", style: { left: percent(limit) } }),
      ]),
      el("div", { class: "limit-scale", "aria-hidden": "true" }, [
        el("span", { style: { left: percent(limit) }, text: this._t("limit", { mg: this._mg(limit) }) }),
      ]),
      excess > 0
        ? el("div", { class: "warning", role: "status" }, [
            icon("alert"),
            el("span", { text: this._t("above_limit", { mg: this._mg(excess) }) }),
          ])
        : null,
    ]);
  }

  _quickLogSection() {
    const buttons = this._config.favorites.map((favorite, index) => {
      const amount = favoriteAmount(favorite);
      const name = favoriteLabel(favorite);
      return this._chip(`food-${index}`, "food", name, amount, () =>
        this._logFavorite(favorite, index),
      );
    });
    const supplement = this._supplement();
    if (supplement) {
      const name = supplement.name || this._t("supplement");
      const amount = this._mg(Number(supplement.magnesium_mg));
      buttons.push(
        this._chip("supplement", "supplement", name, amount, () => this._logSupplement(supplement)),
      );
    }
    if (!buttons.length) return null;
    return el("section", {}, [
      el("h3", { text: this._t("quick_log") }),
      el("div", { class: "chips" }, buttons),
    ]);
  }

  /** Any food by search or phrase, with an amount in a unit it has; a supplement in mg. */
  _logAnythingSection() {
    const { query, found, chosen, quantity, unit } = this._search;
    const busy = this._busy.has("search-log");
    const suggestions = found.length
      ? el(
          "ul",
          { class: "suggestions", id: "food-suggestions", role: "listbox" },
          found.map((food, index) =>
            el("li", { role: "presentation" }, [
              el(
                "button",
                {
                  type: "button",
                  role: "option",
                  class: "suggestion",
                  "data-key": `suggestion-${index}`,
                  "aria-selected": "false",
                  onClick: () => this._choose(food),
                },
                [
                  el("span", { class: "name", text: food.name }),
                  el("span", {
                    class: "amount",
                    text: this._t("per_serving", {
                      mg: this._mg(food.serving_mg),
                      serving: food.serving,
                    }),
                  }),
                ],
              ),
            ]),
          ),
        )
      : null;
    const amount = chosen
      ? [
          el("input", {
            type: "number",
            class: "amount-input",
            "data-key": "search-amount",
            "aria-label": this._t("amount"),
            min: "0.01",
            step: "any",
            inputmode: "decimal",
            value: quantity,
            required: true,
            onInput: (event) => {
              this._search.quantity = event.target.value;
            },
          }),
          el(
            "select",
            {
              "data-key": "search-unit",
              "aria-label": this._t("unit"),
              onChange: (event) => {
                this._search.unit = event.target.value;
              },
            },
            chosen.units.map((option) =>
              el("option", { value: option, selected: option === unit, text: option }),
            ),
          ),
        ]
      : [];
    return el("section", {}, [
      el("h3", { text: this._t("log_a_food") }),
      el(
        "form",
        {
          class: "log-form",
          onSubmit: (event) => {
            event.preventDefault();
            this._logSearched();
          },
        },
        [
          el("input", {
            type: "search",
            class: "search",
            "data-key": "food-search",
            "aria-label": this._t("food"),
            placeholder: this._t("search_placeholder"),
            autocomplete: "off",
            role: "combobox",
            "aria-autocomplete": "list",
            "aria-expanded": found.length ? "true" : "false",
            "aria-controls": "food-suggestions",
            value: query,
            onInput: (event) => this._searchInput(event.target.value),
          }),
          ...amount,
          el("button", {
            type: "submit",
            class: "text-button primary",
            "data-key": "search-submit",
            "aria-busy": busy ? "true" : null,
            disabled: busy || !query.trim(),
            text: this._t("log"),
          }),
        ],
      ),
      suggestions,
      el(
        "form",
        {
          class: "log-form",
          onSubmit: (event) => {
            event.preventDefault();
            this._logSupplementMg();
          },
        },
        [
          el("input", {
            type: "number",
            class: "amount-input",
            "data-key": "supplement-mg",
            "aria-label": this._t("supplement_mg"),
            placeholder: "mg",
            min: "0.01",
            step: "any",
            inputmode: "decimal",
            value: this._supplementMg,
            onInput: (event) => {
              this._supplementMg = event.target.value;
            },
          }),
          el("button", {
            type: "submit",
            class: "text-button",
            "data-key": "supplement-mg-log",
            text: this._t("log_supplement"),
          }),
        ],
      ),
    ]);
  }

  _chip(key, kind, name, amount, onClick) {
    const busy = this._busy.has(key);
    return el(
      "button",
      {
        type: "button",
        class: `chip ${kind}`,
        "data-key": key,
        "aria-label": amount
          ? this._t("log_item_amount", { name, amount })
          : this._t("log_item", { name }),
        "aria-busy": busy ? "true" : null,
        disabled: busy,
        onClick,
      },
      [
        icon("plus"),
        el("span", { text: name }),
        amount ? el("span", { class: "amount", text: amount }) : null,
      ],
    );
  }

  _entriesSection() {
    const day = this._shownLog();
    const heading = el("h3", {}, [
      el("span", {
        text: this._day ? this._t("entries_on", { day: this._dayName() }) : this._t("entries_today"),
      }),
      day ? el("span", { class: "aside", text: String(day.entries.length) }) : null,
    ]);
    const notice = (text) => el("section", {}, [heading, el("p", { class: "notice", text })]);
    if (!this._log) return notice(this._t("loading"));
    if (this._log.error) return notice(this._t("log_failed", { error: this._log.error }));
    if (!day?.entries.length) {
      return notice(this._t(this._day ? "nothing_on_day" : "nothing_today"));
    }
    const newestFirst = [...day.entries].sort((a, b) => b.logged_at.localeCompare(a.logged_at));
    return el("section", {}, [
      heading,
      el(
        "ul",
        { class: "entries" },
        newestFirst.flatMap((entry) =>
          this._editing?.id === entry.id
            ? [this._entryRow(entry), this._editForm(entry)]
            : [this._entryRow(entry)],
        ),
      ),
    ]);
  }

  /** Correct an entry: its amount (a supplement's dose), unit and time. */
  _editForm(entry) {
    const draft = this._editing.draft;
    const busy = this._busy.has(`save-${entry.id}`);
    const field = (name, label, props) =>
      el("label", {}, [
        el("span", { text: label }),
        el("input", {
          name,
          "data-key": `edit-${name}`,
          value: draft[name],
          required: true,
          onInput: (event) => {
            draft[name] = event.target.value;
          },
          ...props,
        }),
      ]);
    const isFood = entry.kind === "food";
    return el(
      "li",
      { class: "edit" },
      [
        el(
          "form",
          {
            "aria-label": this._t("correct_entry", { label: entry.label }),
            onSubmit: (event) => {
              event.preventDefault();
              this._saveEdit(entry);
            },
          },
          [
            field("quantity", this._t(isFood ? "amount" : "dose_mg"), {
              type: "number",
              min: "0.01",
              step: "any",
              inputmode: "decimal",
            }),
            isFood ? field("unit", this._t("unit"), { type: "text" }) : null,
            field("logged_at", this._t("when"), { type: "datetime-local" }),
            el("div", { class: "edit-actions" }, [
              el("button", {
                type: "button",
                class: "text-button",
                "data-key": "edit-cancel",
                text: this._t("cancel"),
                onClick: () => {
                  this._editing = null;
                  this._render();
                },
              }),
              el("button", {
                type: "submit",
                class: "text-button primary",
                "data-key": "edit-save",
                "aria-busy": busy ? "true" : null,
                disabled: busy,
                text: this._t("save"),
              }),
            ]),
          ],
        ),
      ],
    );
  }

  _entryRow(entry) {
    const key = `remove-${entry.id}`;
    const busy = this._busy.has(key);
    // A food shows the weight it was read as, so a wrong reading stands out.
    const weighed =
      entry.grams != null && !WEIGHT_UNITS.has(entry.unit)
        ? ` (${Math.round(entry.grams)} g)`
        : "";
    const amount =
      entry.kind === "food"
        ? `${this._quantity(entry.quantity)} ${entry.unit}${weighed}`
        : formName(this.texts, entry.form ?? "");
    const meta = [this._time(entry.logged_at), amount].filter(Boolean).join(" · ");
    return el("li", { class: "entry" }, [
      el("span", {
        class: `dot ${entry.kind}`,
        title: this._t(entry.kind === "food" ? "food" : "supplement"),
      }),
      el("div", { class: "text" }, [
        el("div", { class: "label", text: entry.label }),
        el("div", { class: "meta", text: meta }),
      ]),
      el("span", { class: "mg", text: this._mg(entry.magnesium_mg) }),
      el(
        "button",
        {
          type: "button",
          class: "icon-button edit-button",
          "data-key": `edit-${entry.id}`,
          "aria-label": this._t("correct_entry_mg", {
            label: entry.label,
            mg: this._mg(entry.magnesium_mg),
          }),
          "aria-expanded": this._editing?.id === entry.id ? "true" : "false",
          title: this._t("correct"),
          onClick: () =>
            this._editing?.id === entry.id
              ? ((this._editing = null), this._render())
              : this._startEditing(entry),
        },
        [icon("pencil")],
      ),
      el(
        "button",
        {
          type: "button",
          class: "icon-button remove",
          "data-key": key,
          "aria-label": this._t("remove_entry", {
            label: entry.label,
            mg: this._mg(entry.magnesium_mg),
          }),
          title: this._t("remove"),
          "aria-busy": busy ? "true" : null,
          disabled: busy,
          onClick: () => this._removeEntry(entry),
        },
        [icon("close")],
      ),
    ]);
  }

  _time(isoDateTime) {
    const format = this._hass.locale?.time_format;
    return new Intl.DateTimeFormat(this._hass.locale?.language, {
      hour: "numeric",
      minute: "2-digit",
      timeZone: this._hass.config?.time_zone,
      hour12: format === "12" ? true : format === "24" ? false : undefined,
    }).format(new Date(isoDateTime));
  }

  _weekSection() {
    const days = this._log?.days?.slice(-this._config.days);
    if (!days?.length) return null;
    const target = days.at(-1).daily_target_mg;
    const scale = Math.max(target, ...days.map((day) => day.intake_today_mg)) * 1.1 || 1;
    const weekday = new Intl.DateTimeFormat(this._hass.locale?.language, {
      weekday: "short",
      timeZone: "UTC",
    });
    const described = days.map(
      (day) => `${weekday.format(new Date(day.date))} ${this._mg(day.intake_today_mg)}`,
    );
    const label = this._t("week_label", {
      days: days.length,
      target: this._mg(target),
      described: described.join(", "),
    });
    // A month of bars is too narrow for every label: each week's end keeps its own.
    const labelled = (index) =>
      days.length <= DAYS || (days.length - 1 - index) % DAYS === 0;
    const columns = days.map((day, index) =>
      this._dayColumn(
        day,
        scale,
        weekday,
        index === days.length - 1,
        described[index],
        labelled(index),
      ),
    );
    // The bar area is the middle 80px row of each column (below a 16px value row).
    const line = el("span", {
      class: "target-line",
      style: { top: `${16 + 80 * (1 - target / scale)}px` },
    });
    return el("section", {}, [
      el("h3", {}, [
        el("span", { text: this._t("last_days", { days: days.length }) }),
        el("span", { class: "aside", text: this._t("target_mg", { mg: this._mg(target) }) }),
      ]),
      el(
        "div",
        {
          class: days.length > DAYS ? "week many" : "week",
          role: "group",
          "aria-label": label,
          style: { "--mg-days": String(days.length) },
        },
        [...columns, line],
      ),
    ]);
  }

  /** A day's bar: food and supplements; a tap shows the day. */
  _dayColumn(day, scale, weekday, isToday, described, labelled) {
    const height = (mg) => `${(mg / scale) * 100}%`;
    const shown = isToday ? !this._day : this._day === day.date;
    const classes = ["day", isToday ? "is-today" : null, shown ? "is-shown" : null];
    return el(
      "button",
      {
        type: "button",
        class: classes.filter(Boolean).join(" "),
        "data-key": `day-${day.date}`,
        "aria-label": this._t("show_day", { day: described }),
        "aria-pressed": shown ? "true" : "false",
        onClick: () => this._showDay(day.date),
      },
      [
        el("span", {
          class: "value",
          text: labelled ? this._number(day.intake_today_mg) : "",
        }),
        el("div", { class: "bar" }, [
          day.food_today_mg > 0
            ? el("span", { class: "food", style: { height: height(day.food_today_mg) } })
            : null,
          day.supplements_today_mg > 0
            ? el("span", {
                class: "supplement",
                style: { height: height(day.supplements_today_mg) },
              })
            : null,
        ]),
        el("span", {
          class: "name",
          text: !labelled ? "" : isToday ? this._t("today") : weekday.format(new Date(day.date)),
        }),
      ],
    );
  }
}

// The editor --------------------------------------------------------------------

/** The editor's form, its labels in the user's language. */
function editorSchema(texts) {
  const t = (key, values) => fill(texts, key, values);
  return [
  { name: "device_id", required: true, selector: { device: { filter: { integration: DOMAIN } } } },
  { name: "title", selector: { text: {} } },
  {
    name: "days",
    selector: {
      select: {
        mode: "dropdown",
        options: [
          { value: "7", label: t("editor_days_option", { days: 7 }) },
          { value: "30", label: t("editor_days_option", { days: 30 }) },
        ],
      },
    },
  },
  {
    name: "favorites",
    selector: {
      object: {
        multiple: true,
        label_field: "food",
        fields: {
          food: { label: t("food"), required: true, selector: { text: {} } },
          quantity: {
            label: t("editor_quantity"),
            selector: { number: { min: 0, step: "any", mode: "box" } },
          },
          unit: { label: t("editor_unit"), selector: { text: {} } },
          label: { label: t("editor_button_label"), selector: { text: {} } },
        },
      },
    },
  },
  {
    name: "supplement",
    type: "expandable",
    title: t("editor_supplement"),
    schema: [
      { name: "name", selector: { text: {} } },
      {
        name: "magnesium_mg",
        selector: {
          number: { min: 1, max: 5000, step: 1, mode: "box", unit_of_measurement: "mg" },
        },
      },
      {
        name: "form",
        selector: {
          select: {
            mode: "dropdown",
            options: SUPPLEMENT_FORMS.map((form) => ({
              value: form,
              label: formName(texts, form),
            })),
          },
        },
      },
    ],
  },
  ];
}

// The fields of the editor's form that are labelled by `editor_<name>` texts.
const EDITOR_LABELLED = new Set(["device_id", "title", "days", "favorites", "name", "magnesium_mg", "form"]);

/** A favourite as the editor shows it: one without a food stays, to be filled in. */
function editedFavorite(favorite) {
  return typeof favorite === "string" ? { food: favorite } : { ...favorite };
}

/** ha-form is loaded lazily by the frontend; a built-in card's editor pulls it in. */
async function loadHaForm() {
  if (customElements.get("ha-form")) return;
  const helpers = await window.loadCardHelpers?.();
  const card = await helpers?.createCardElement({ type: "entities", entities: [] });
  await card?.constructor.getConfigElement?.();
}

class MagnesiumCardEditor extends HTMLElement {
  setConfig(config) {
    this._config = config;
    this._update();
  }

  set hass(hass) {
    this._hass = hass;
    followTexts(this, hass, () => {
      if (this._form) this._form.schema = editorSchema(this.texts);
      this._checkedFavorites = null;
      this._update();
    });
    this._update();
  }

  _t(key, values) {
    return fill(this.texts, key, values);
  }

  connectedCallback() {
    loadHaForm().then(() => this._update());
  }

  _update() {
    if (!this._config || !this._hass || !this.texts || !customElements.get("ha-form")) return;
    if (!this._form) {
      this._form = document.createElement("ha-form");
      this._form.schema = editorSchema(this.texts);
      this._form.computeLabel = (item) =>
        EDITOR_LABELLED.has(item.name) ? this._t(`editor_${item.name}`) : item.name;
      this._form.addEventListener("value-changed", (event) => this._changed(event.detail.value));
      this._checks = el("ul", {
        class: "favorite-checks",
        "aria-label": this._t("editor_checks"),
        style: { listStyle: "none", padding: "0", margin: "8px 0 0" },
      });
      this.replaceChildren(this._form, this._checks);
      this._checkRequest = 0;
      this._checkedFavorites = null;
    }
    this._checks.setAttribute("aria-label", this._t("editor_checks"));
    this._form.hass = this._hass;
    this._form.data = this._formData(this._config);
    this._checkFavorites();
  }

  /** Read each favourite as a tap would log it: its amount, or what is wrong. */
  async _checkFavorites() {
    const favorites = [this._config.favorites ?? []]
      .flat()
      .map(editedFavorite)
      .filter((favorite) => typeof favorite.food === "string" && favorite.food.trim());
    const key = JSON.stringify(favorites);
    if (key === this._checkedFavorites) return;
    this._checkedFavorites = key;
    const request = ++this._checkRequest;
    const rows = await Promise.all(
      favorites.map(async (favorite) => {
        const data = {
          query: favorite.food,
          limit: 1,
          quantity: present(favorite.quantity) ? Number(favorite.quantity) : 1,
        };
        if (present(favorite.unit)) data.unit = favorite.unit;
        const said = [favoriteLabel(favorite), favoriteAmount(favorite)].filter(Boolean).join(", ");
        try {
          const { amount } = await askFor(this._hass, "search_foods", data);
          const read = {
            said,
            quantity: amount.quantity,
            unit: amount.unit,
            food: amount.food,
            grams: Math.round(amount.grams),
            mg: Math.round(amount.magnesium_mg),
          };
          const key = amount.grams == null ? "editor_check" : "editor_check_weighed";
          return { ok: true, text: this._t(key, read) };
        } catch (err) {
          return { ok: false, text: this._t("editor_check_failed", { said, error: err?.message ?? err }) };
        }
      }),
    );
    if (request !== this._checkRequest) return;
    this._checks.replaceChildren(
      ...rows.map((row) =>
        el("li", {
          class: row.ok ? "favorite-ok" : "favorite-error",
          role: row.ok ? null : "alert",
          style: {
            padding: "4px 0",
            color: row.ok ? "var(--secondary-text-color)" : "var(--error-color, #db4437)",
          },
          text: row.text,
        }),
      ),
    );
  }

  _formData(config) {
    return {
      ...config,
      device_id: personDeviceId(this._hass, config),
      days: String(config.days ?? DAYS),
      favorites: [config.favorites ?? []].flat().map(editedFavorite),
      supplement: config.supplement || {},
    };
  }

  _changed(value) {
    const config = { ...this._config, ...value };
    // The chosen device replaces an entity that named the person (YAML only).
    delete config.entity;
    if (!config.title) delete config.title;
    // Stored as a number; a week is the default, left out.
    config.days = Number(config.days ?? DAYS);
    if (config.days === DAYS) delete config.days;
    if (!config.favorites?.length) delete config.favorites;
    const supplement = Object.fromEntries(
      Object.entries(value.supplement ?? {}).filter(([, field]) => present(field)),
    );
    if (supplement.magnesium_mg > 0) config.supplement = supplement;
    // An unfilled form keeps `false` (no button) or the integration's default.
    else if (this._config.supplement === false) config.supplement = false;
    else delete config.supplement;
    this._config = config;
    this.dispatchEvent(
      new CustomEvent("config-changed", { detail: { config }, bubbles: true, composed: true }),
    );
  }
}

/** The card picker's description, in the language of the texts fetched. */
function describeInPicker(texts, language) {
  const entry = window.customCards?.find((card) => card.type === "magnesium-card");
  // The page's language: a card shown in another one does not change it.
  const shown = document.querySelector("home-assistant")?.hass;
  if (entry && (!shown || languageOf(shown) === language)) {
    entry.description = fill(texts, "picker_description");
  }
}

function defineElements() {
  // The module may be loaded twice (also added as a dashboard resource by hand).
  if (customElements.get("magnesium-card")) return;
  customElements.define("magnesium-card", MagnesiumCard);
  customElements.define("magnesium-card-editor", MagnesiumCardEditor);
  window.customCards = window.customCards || [];
  window.customCards.push({
    type: "magnesium-card",
    name: "Magnesium",
    // In the user's language once the texts are in (see describeInPicker).
    description: "",
    preview: true,
    documentationURL: "https://github.com/magnesium-tracker/magnesium",
  });
  // Fetch the texts as soon as the app is connected, so that the picker
  // describes the card before any card has been shown.
  appHass()
    .then((hass) => textsFor(hass).then((texts) => describeInPicker(texts, languageOf(hass))))
    .catch(() => {}); // a card that is shown asks again
}

/** The app's hass object, once it has one (within a minute of loading). */
function appHass() {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const look = () => {
      const hass = document.querySelector("home-assistant")?.hass;
      if (hass?.connection) resolve(hass);
      else if (++tries < 120) setTimeout(look, 500);
      else reject(new Error("no connection"));
    };
    look();
  });
}

// Home Assistant's app replaces window.customElements with a scoped registry
// polyfill when it loads. A cached copy of this module can run before that, and
// elements defined then are invisible to the dashboards: wait for the app.
if (document.querySelector("home-assistant")) {
  customElements.whenDefined("home-assistant").then(defineElements);
} else {
  defineElements();
}
