"""``ocop-hub serve --workers N``: every setting reaches every worker through the environment."""

from __future__ import annotations

from dataclasses import fields

from server.config import ENV_SETTINGS, HubSettings, settings_from_env, settings_to_env


def _other(value: object) -> object:
    """A value of the same type that differs from the default (a secret, a number)."""
    if isinstance(value, str):
        return value + "-changed-ĐÔNG"
    return type(value)(value * 3 + 1)


def test_every_setting_travels_through_the_environment(monkeypatch):
    assert {f.name for f in fields(HubSettings)} == set(ENV_SETTINGS)
    changed = HubSettings(**{f.name: _other(f.default) for f in fields(HubSettings)})
    for key, value in settings_to_env(changed).items():
        monkeypatch.setenv(key, value)
    assert settings_from_env() == changed


def test_unset_variables_mean_the_defaults(monkeypatch):
    for key in ENV_SETTINGS.values():
        monkeypatch.delenv(key, raising=False)
    assert settings_from_env() == HubSettings()


def test_a_served_worker_tunes_its_garbage_collector(monkeypatch, tmp_path):
    import gc

    from server.app import app_from_env

    before = gc.get_threshold()
    monkeypatch.setenv("OCOP_HUB_DATABASE_URL", f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        app_from_env()
        assert gc.get_threshold()[0] == 100_000 and gc.get_freeze_count() > 0
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
