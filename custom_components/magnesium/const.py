"""Constants of the Magnesium integration."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "magnesium"

# Config flow (person) fields.
CONF_NAME: Final = "name"
CONF_SEX: Final = "sex"
CONF_BIRTH_DATE: Final = "birth_date"
CONF_LIFE_STAGE: Final = "life_stage"
CONF_PERSON_ENTITY_ID: Final = "person_entity_id"

# Options.
CONF_DAILY_TARGET_MG: Final = "daily_target_mg"
CONF_SUPPLEMENT_LIMIT_MG: Final = "supplement_limit_mg"
# The person's usual supplement, so "I took two capsules" can be logged.
CONF_SUPPLEMENT_PRODUCT: Final = "supplement_product"
CONF_SUPPLEMENT_UNIT_MG: Final = "supplement_unit_mg"
CONF_SUPPLEMENT_FORM: Final = "supplement_form"
# Opt-in: look products up by barcode in Open Food Facts (a network call).
CONF_BARCODE_LOOKUP: Final = "barcode_lookup"
# Days of detailed entries kept; older days keep only their totals.
CONF_RETENTION_DAYS: Final = "retention_days"

# Action fields.
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
ATTR_FOOD: Final = "food"
ATTR_QUANTITY: Final = "quantity"
ATTR_UNIT: Final = "unit"
ATTR_MAGNESIUM_MG: Final = "magnesium_mg"
ATTR_COMPOUND_MG: Final = "compound_mg"
ATTR_FORM: Final = "form"
ATTR_NAME: Final = "name"
ATTR_LOGGED_AT: Final = "logged_at"
ATTR_ENTRY_ID: Final = "entry_id"
ATTR_LABEL: Final = "label"
ATTR_START_DATE: Final = "start_date"
ATTR_END_DATE: Final = "end_date"
ATTR_BARCODE: Final = "barcode"
ATTR_QUERY: Final = "query"
ATTR_LIMIT: Final = "limit"
ATTR_SERVING: Final = "serving"
ATTR_GRAMS: Final = "grams"
ATTR_ALIASES: Final = "aliases"
ATTR_OVERRIDE: Final = "override"

# Bus events.
EVENT_SUPPLEMENT_LIMIT_EXCEEDED: Final = "magnesium_supplement_limit_exceeded"
EVENT_TARGET_REACHED: Final = "magnesium_target_reached"
# Every entry logged, corrected or removed: what the activity log shows.
EVENT_INTAKE: Final = "magnesium_intake"

# The most elemental magnesium one entry may carry: far above any real dose or
# meal, so only typing mistakes (an extra zero, grams for milligrams) stop here.
MAX_ENTRY_MG: Final = 5000.0

# Notification options: where warnings and the daily summary go, and when.
CONF_NOTIFY_ENTITIES: Final = "notify_entities"
CONF_NOTIFY_SERVICES: Final = "notify_services"
CONF_LIMIT_WARNINGS: Final = "limit_warnings"
CONF_SUMMARY_TIME: Final = "summary_time"
