"""Config flow: one entry per person, reconfigurable, with target and limit options."""

from __future__ import annotations

from datetime import date
from typing import Any

import voluptuous as vol

from homeassistant.components.notify.const import (
    DOMAIN as NOTIFY_DOMAIN,
    SERVICE_SEND_MESSAGE,
)
from homeassistant.config_entries import (
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    NumberSelector,
    NumberSelectorConfig,
    NumberSelectorMode,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
from homeassistant.util import dt as dt_util

from .const import (
    CONF_BARCODE_LOOKUP,
    CONF_BIRTH_DATE,
    CONF_DAILY_TARGET_MG,
    CONF_LIFE_STAGE,
    CONF_LIMIT_WARNINGS,
    CONF_NAME,
    CONF_NOTIFY_ENTITIES,
    CONF_NOTIFY_SERVICES,
    CONF_PERSON_ENTITY_ID,
    CONF_RETENTION_DAYS,
    CONF_SEX,
    CONF_SUMMARY_TIME,
    CONF_SUPPLEMENT_FORM,
    CONF_SUPPLEMENT_LIMIT_MG,
    CONF_SUPPLEMENT_PRODUCT,
    CONF_SUPPLEMENT_UNIT_MG,
    DOMAIN,
    MAX_ENTRY_MG,
)
from .ledger import DEFAULT_RETENTION_DAYS
from .supplements import SupplementForm
from .targets import LifeStage, Person, Sex, daily_target_mg, supplement_limit_mg
from .tracker import MagnesiumConfigEntry

MAX_NAME_LENGTH = 50
# At least the days the sensors look back on; at most a century.
MIN_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 36500
OLDEST_AGE_YEARS = 130


def _person_schema(defaults: dict[str, Any]) -> vol.Schema:
    person_entity = vol.Optional(
        CONF_PERSON_ENTITY_ID,
        description={"suggested_value": defaults.get(CONF_PERSON_ENTITY_ID)},
    )
    return vol.Schema(
        {
            vol.Required(CONF_NAME, default=defaults.get(CONF_NAME, vol.UNDEFINED)): (
                TextSelector()
            ),
            vol.Required(CONF_SEX, default=defaults.get(CONF_SEX, vol.UNDEFINED)): (
                SelectSelector(
                    SelectSelectorConfig(
                        options=[sex.value for sex in Sex],
                        translation_key=CONF_SEX,
                        mode=SelectSelectorMode.LIST,
                    )
                )
            ),
            # A date field to type in or pick from, with no default: a picker
            # opening on today made newborns of adults.
            vol.Required(
                CONF_BIRTH_DATE, default=defaults.get(CONF_BIRTH_DATE, vol.UNDEFINED)
            ): TextSelector(TextSelectorConfig(type=TextSelectorType.DATE)),
            vol.Required(
                CONF_LIFE_STAGE,
                default=defaults.get(CONF_LIFE_STAGE, LifeStage.NONE.value),
            ): SelectSelector(
                SelectSelectorConfig(
                    options=[stage.value for stage in LifeStage],
                    translation_key=CONF_LIFE_STAGE,
                    mode=SelectSelectorMode.LIST,
                )
            ),
            person_entity: EntitySelector(EntitySelectorConfig(domain="person")),
        }
    )


def _validate_person(
    user_input: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean the person's fields; return them with the form's errors."""
    errors: dict[str, str] = {}
    name = " ".join(str(user_input[CONF_NAME]).split())
    if not name or len(name) > MAX_NAME_LENGTH:
        errors[CONF_NAME] = "invalid_name"
    today = dt_util.now().date()
    try:
        birth_date = date.fromisoformat(str(user_input[CONF_BIRTH_DATE]).strip())
    except ValueError:
        errors[CONF_BIRTH_DATE] = "invalid_birth_date"
    else:
        if birth_date > today:
            errors[CONF_BIRTH_DATE] = "birth_date_in_future"
        elif today.year - birth_date.year > OLDEST_AGE_YEARS:
            errors[CONF_BIRTH_DATE] = "invalid_birth_date"
    if (
        user_input[CONF_SEX] == Sex.MALE
        and user_input[CONF_LIFE_STAGE] != LifeStage.NONE
    ):
        errors[CONF_LIFE_STAGE] = "life_stage_not_applicable"
    data = {
        CONF_NAME: name,
        CONF_SEX: user_input[CONF_SEX],
        CONF_BIRTH_DATE: str(user_input[CONF_BIRTH_DATE]).strip(),
        CONF_LIFE_STAGE: user_input[CONF_LIFE_STAGE],
    }
    if person_entity_id := user_input.get(CONF_PERSON_ENTITY_ID):
        data[CONF_PERSON_ENTITY_ID] = person_entity_id
    return data, errors


def _unique_id(name: str) -> str:
    return name.casefold()


class MagnesiumConfigFlow(ConfigFlow, domain=DOMAIN):
    """Add a person whose magnesium intake is tracked."""

    VERSION = 1
    MINOR_VERSION = 1

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the person's name, sex, birth date and life stage."""
        errors: dict[str, str] = {}
        if user_input is not None:
            data, errors = _validate_person(user_input)
            if not errors:
                await self.async_set_unique_id(_unique_id(data[CONF_NAME]))
                errors = self._taken_errors(data, None)
            if not errors:
                person, today = Person.from_config(data), dt_util.now().date()
                return self.async_create_entry(
                    title=data[CONF_NAME],
                    data=data,
                    description="person_added",
                    description_placeholders={
                        "name": data[CONF_NAME],
                        "target": str(daily_target_mg(person, today)),
                        "limit": str(supplement_limit_mg(person, today)),
                    },
                )
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                _person_schema({}), user_input
            ),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the person's details."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            data, errors = _validate_person(user_input)
            if not errors:
                await self.async_set_unique_id(_unique_id(data[CONF_NAME]))
                errors = self._taken_errors(data, entry)
            if not errors:
                return self.async_update_reload_and_abort(
                    entry,
                    unique_id=self.unique_id,
                    title=data[CONF_NAME],
                    data=data,
                )
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=_person_schema({**entry.data, **(user_input or {})}),
            errors=errors,
            description_placeholders={"name": entry.title},
        )

    def _taken_errors(
        self, data: dict[str, Any], current: MagnesiumConfigEntry | None
    ) -> dict[str, str]:
        """A name, and a person entity, belong to one tracked person only.

        Field errors that keep the form, not an abort that loses it.
        """
        person_entity_id = data.get(CONF_PERSON_ENTITY_ID)
        for other in self._async_current_entries(include_ignore=False):
            if other is current:
                continue
            if other.unique_id == self.unique_id:
                return {CONF_NAME: "name_already_configured"}
            if (
                person_entity_id
                and other.data.get(CONF_PERSON_ENTITY_ID) == person_entity_id
            ):
                return {CONF_PERSON_ENTITY_ID: "person_already_configured"}
        return {}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: MagnesiumConfigEntry) -> OptionsFlow:
        """Options: the target and limit a doctor may have set."""
        return MagnesiumOptionsFlow()


def _mg_selector(minimum: float) -> NumberSelector:
    return NumberSelector(
        NumberSelectorConfig(
            min=minimum,
            max=MAX_ENTRY_MG,
            step=1,
            mode=NumberSelectorMode.BOX,
            unit_of_measurement="mg",
        )
    )


def _notify_service_options(
    hass: HomeAssistant, configured: list[str]
) -> list[SelectOptionDict]:
    """The legacy notify actions, and any chosen one that has gone since."""
    names = set(hass.services.async_services_for_domain(NOTIFY_DOMAIN))
    # send_message is the action of notify entities, chosen in their own field.
    names.discard(SERVICE_SEND_MESSAGE)
    names.update(configured)
    return [
        SelectOptionDict(value=name, label=f"{NOTIFY_DOMAIN}.{name}")
        for name in sorted(names)
    ]


class MagnesiumOptionsFlow(OptionsFlow):
    """Override the target and limit; choose where notifications go."""

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Empty fields fall back to the values of the reference tables."""
        errors: dict[str, str] = {}
        if user_input is not None:
            summary_time = str(user_input.get(CONF_SUMMARY_TIME) or "").strip()
            parsed = dt_util.parse_time(summary_time) if summary_time else None
            if summary_time and parsed is None:
                errors[CONF_SUMMARY_TIME] = "invalid_summary_time"
            else:
                if parsed is not None:
                    # Hours and minutes: a summary has no use for seconds.
                    user_input[CONF_SUMMARY_TIME] = parsed.strftime("%H:%M")
                return self.async_create_entry(
                    data={
                        key: value
                        for key, value in user_input.items()
                        if value not in (None, "", [])
                    }
                )
        person = Person.from_config(self.config_entry.data)
        options = self.config_entry.options
        today = dt_util.now().date()
        schema = vol.Schema(
            {
                vol.Optional(CONF_DAILY_TARGET_MG): _mg_selector(1),
                vol.Optional(CONF_SUPPLEMENT_LIMIT_MG): _mg_selector(0),
                vol.Optional(CONF_SUPPLEMENT_PRODUCT): TextSelector(),
                vol.Optional(CONF_SUPPLEMENT_UNIT_MG): _mg_selector(1),
                vol.Optional(CONF_SUPPLEMENT_FORM): SelectSelector(
                    SelectSelectorConfig(
                        options=[form.value for form in SupplementForm],
                        translation_key="form",
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Required(CONF_BARCODE_LOOKUP, default=False): BooleanSelector(),
                vol.Required(
                    CONF_RETENTION_DAYS, default=DEFAULT_RETENTION_DAYS
                ): NumberSelector(
                    NumberSelectorConfig(
                        min=MIN_RETENTION_DAYS,
                        max=MAX_RETENTION_DAYS,
                        step=1,
                        mode=NumberSelectorMode.BOX,
                        unit_of_measurement="d",
                    )
                ),
                vol.Optional(CONF_NOTIFY_ENTITIES): EntitySelector(
                    EntitySelectorConfig(domain=NOTIFY_DOMAIN, multiple=True)
                ),
                vol.Optional(CONF_NOTIFY_SERVICES): SelectSelector(
                    SelectSelectorConfig(
                        options=_notify_service_options(
                            self.hass, options.get(CONF_NOTIFY_SERVICES, [])
                        ),
                        multiple=True,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Optional(CONF_LIMIT_WARNINGS): BooleanSelector(),
                # A text field of type time: hours and minutes, no seconds.
                vol.Optional(CONF_SUMMARY_TIME): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.TIME)
                ),
            }
        )
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                # Warnings are on until turned off, as soon as a target exists.
                schema,
                {CONF_LIMIT_WARNINGS: True, **options, **(user_input or {})},
            ),
            errors=errors,
            description_placeholders={
                "recommended_target_mg": str(daily_target_mg(person, today)),
                "recommended_limit_mg": str(supplement_limit_mg(person, today)),
            },
        )
