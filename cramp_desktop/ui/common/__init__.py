"""Parts every feature uses: what a screen is (ScreenSpec), widgets, form parts, local time,
the red-flag panel, data events and background tasks.

Other packages import only these names, from this package."""

from typing import TYPE_CHECKING

from cramp_desktop.ui.exports import lazy_exports

if TYPE_CHECKING:  # the table below, for type checkers (ui/exports.py)
    from cramp_desktop.ui.common.accessibility import (
        ALERT as ALERT,
        HEADING as HEADING,
        announce as announce,
        mark as mark,
        raise_alert as raise_alert,
    )
    from cramp_desktop.ui.common.background import BackgroundTask as BackgroundTask
    from cramp_desktop.ui.common.data_events import DataEvents as DataEvents
    from cramp_desktop.ui.common.data_file_guard import refuse_data_file as refuse_data_file
    from cramp_desktop.ui.common.discard import DiscardGuard as DiscardGuard
    from cramp_desktop.ui.common.form_parts import (
        NOT_RECORDED as NOT_RECORDED,
        CheckGroup as CheckGroup,
        FieldMessage as FieldMessage,
        code_label as code_label,
        current_code as current_code,
        fill_combo as fill_combo,
        form_row as form_row,
        named as named,
        scale_spin as scale_spin,
        scale_value as scale_value,
        select_code as select_code,
        unsaved_entry_message as unsaved_entry_message,
    )
    from cramp_desktop.ui.common.lazy_page import LazyPage as LazyPage
    from cramp_desktop.ui.common.local_time import (
        at_local as at_local,
        date_time_format as date_time_format,
        edited_start as edited_start,
        format_date as format_date,
        from_qdate as from_qdate,
        from_qdatetime as from_qdatetime,
        in_computer_zone as in_computer_zone,
        last_night_start as last_night_start,
        local_now as local_now,
        logged_late as logged_late,
        naive_wall_clock as naive_wall_clock,
        offset_text as offset_text,
        short_date as short_date,
        to_qdate as to_qdate,
        to_qdatetime as to_qdatetime,
        wall_clock as wall_clock,
    )
    from cramp_desktop.ui.common.red_flag_panel import (
        PANEL_ICON_LINES as PANEL_ICON_LINES,
        PANEL_MARGIN_X as PANEL_MARGIN_X,
        PANEL_SPACING as PANEL_SPACING,
        SELECTABLE as SELECTABLE,
        FindingCard as FindingCard,
        RedFlagPanel as RedFlagPanel,
        finding_title as finding_title,
        icon_label as icon_label,
        red_flag_text as red_flag_text,
        sources_text as sources_text,
    )
    from cramp_desktop.ui.common.screen_spec import (
        Menu as Menu,
        MenuActions as MenuActions,
        OffersMenuActions as OffersMenuActions,
        ScreenContext as ScreenContext,
        ScreenSpec as ScreenSpec,
        menu_actions_of as menu_actions_of,
    )
    from cramp_desktop.ui.common.widgets import (
        body_label as body_label,
        confirmed as confirmed,
        heading_label as heading_label,
        scale_font as scale_font,
        shortcut_text as shortcut_text,
        width_capped as width_capped,
    )

__getattr__ = lazy_exports(
    __name__,
    {
        "accessibility": ["ALERT", "HEADING", "announce", "mark", "raise_alert"],
        "background": ["BackgroundTask"],
        "data_events": ["DataEvents"],
        "data_file_guard": ["refuse_data_file"],
        "discard": ["DiscardGuard"],
        "form_parts": [
            "NOT_RECORDED",
            "CheckGroup",
            "FieldMessage",
            "code_label",
            "current_code",
            "fill_combo",
            "form_row",
            "named",
            "scale_spin",
            "scale_value",
            "select_code",
            "unsaved_entry_message",
        ],
        "lazy_page": ["LazyPage"],
        "local_time": [
            "at_local",
            "date_time_format",
            "edited_start",
            "format_date",
            "from_qdate",
            "from_qdatetime",
            "in_computer_zone",
            "last_night_start",
            "local_now",
            "logged_late",
            "naive_wall_clock",
            "offset_text",
            "short_date",
            "to_qdate",
            "to_qdatetime",
            "wall_clock",
        ],
        "red_flag_panel": [
            "PANEL_ICON_LINES",
            "PANEL_MARGIN_X",
            "PANEL_SPACING",
            "SELECTABLE",
            "FindingCard",
            "RedFlagPanel",
            "finding_title",
            "icon_label",
            "red_flag_text",
            "sources_text",
        ],
        "screen_spec": [
            "Menu",
            "MenuActions",
            "OffersMenuActions",
            "ScreenContext",
            "ScreenSpec",
            "menu_actions_of",
        ],
        "widgets": [
            "body_label",
            "confirmed",
            "heading_label",
            "scale_font",
            "shortcut_text",
            "width_capped",
        ],
    },
)
