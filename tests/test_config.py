"""Broker settings come only from the documented environment variables, and never show their secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from brokerspec.config import read_settings
from brokerspec.http.auth import HeaderTokenAuth, KalshiAuth
from brokerspec.settings.brokers import GatewaySettings, KalshiSettings, Settings, WealthySettings
from brokerspec.settings.problems import ConfigError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c"


@pytest.fixture(scope="module")
def pem() -> str:
    key = ed25519.Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture
def pem_file(tmp_path: Path, pem: str) -> Path:
    path = tmp_path / "kalshi.pem"
    path.write_text(pem)
    return path


# --- nothing set --------------------------------------------------------------------------------------------


def test_empty_environment_configures_no_broker() -> None:
    settings = read_settings({})
    assert settings.configured == ()
    assert settings.kalshi is None and settings.wealthy is None and settings.vendor_gateway is None


def test_empty_values_count_as_unset() -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": "",
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": "  ",
        "BROKERSPEC_GATEWAY_BASE_URL": "",
    }
    assert read_settings(env).configured == ()


def test_unrelated_variables_are_ignored() -> None:
    assert read_settings({"KALSHI_KEY_ID": KEY_ID, "WEALTHY_TOKEN": "t"}).configured == ()


def test_read_settings_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("BROKERSPEC_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("BROKERSPEC_WEALTHY_ACCESS_TOKEN", "tok")
    assert read_settings().configured == ("wealthy",)


# --- Kalshi -----------------------------------------------------------------------------------------------


def test_kalshi_from_key_file_defaults_to_demo(pem_file: Path) -> None:
    kalshi = read_settings(
        {"BROKERSPEC_KALSHI_KEY_ID": KEY_ID, "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file)}
    ).kalshi

    assert kalshi is not None
    assert kalshi.key_id == KEY_ID
    assert kalshi.private_key_path == pem_file
    assert kalshi.environment == "demo"
    assert kalshi.base_url == "https://external-api.demo.kalshi.co/trade-api/v2"


def test_kalshi_production_uses_the_production_host(pem_file: Path) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file),
        "BROKERSPEC_KALSHI_ENV": "Production",
    }
    kalshi = read_settings(env).kalshi
    assert kalshi is not None
    assert kalshi.environment == "production"
    assert kalshi.base_url == "https://external-api.kalshi.com/trade-api/v2"


def test_kalshi_base_url_override_wins_over_the_environment(pem: str) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY": pem,
        "BROKERSPEC_KALSHI_ENV": "production",
        "BROKERSPEC_KALSHI_BASE_URL": "http://127.0.0.1:8765/kalshi/trade-api/v2/",
    }
    kalshi = read_settings(env).kalshi
    assert kalshi is not None
    assert kalshi.base_url == "http://127.0.0.1:8765/kalshi/trade-api/v2"


def test_kalshi_unknown_environment_is_an_error(pem_file: Path) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file),
        "BROKERSPEC_KALSHI_ENV": "prod",
    }
    with pytest.raises(ConfigError, match="BROKERSPEC_KALSHI_ENV"):
        read_settings(env)


def test_kalshi_key_id_without_a_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_KALSHI_PRIVATE_KEY_PATH"):
        read_settings({"BROKERSPEC_KALSHI_KEY_ID": KEY_ID})


def test_kalshi_key_without_a_key_id_is_an_error(pem_file: Path) -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_KALSHI_KEY_ID"):
        read_settings({"BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file)})


def test_kalshi_key_path_and_key_text_together_are_an_error(pem_file: Path, pem: str) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file),
        "BROKERSPEC_KALSHI_PRIVATE_KEY": pem,
    }
    with pytest.raises(ConfigError, match="only one"):
        read_settings(env)


def test_kalshi_base_url_must_be_http(pem_file: Path) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file),
        "BROKERSPEC_KALSHI_BASE_URL": "external-api.kalshi.com/trade-api/v2",
    }
    with pytest.raises(ConfigError, match="BROKERSPEC_KALSHI_BASE_URL"):
        read_settings(env)


def test_kalshi_pem_text_with_escaped_newlines_is_restored(pem: str) -> None:
    one_line = pem.strip().replace("\n", "\\n")
    kalshi = read_settings(
        {"BROKERSPEC_KALSHI_KEY_ID": KEY_ID, "BROKERSPEC_KALSHI_PRIVATE_KEY": one_line}
    ).kalshi
    assert kalshi is not None
    assert isinstance(KalshiAuth.from_settings(kalshi), KalshiAuth)


def test_kalshi_settings_build_a_signer_from_the_key_file(pem_file: Path) -> None:
    auth = KalshiAuth.from_settings(KalshiSettings(key_id=KEY_ID, private_key_path=pem_file))
    assert isinstance(auth, KalshiAuth)
    assert auth.key_id == KEY_ID
    assert auth.key_type == "Ed25519"


def test_kalshi_settings_need_exactly_one_key_source() -> None:
    with pytest.raises(ConfigError, match="exactly one"):
        KalshiSettings(key_id=KEY_ID)


# --- Wealthy ---------------------------------------------------------------------------------------------


def test_wealthy_token_enables_wealthy_with_the_default_base_url() -> None:
    wealthy = read_settings({"BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1"}).wealthy
    assert wealthy is not None
    assert wealthy.access_token == "tok-1"
    assert wealthy.base_url == "https://api.wealthy.in/broking/api"


def test_wealthy_base_url_can_be_overridden() -> None:
    env = {
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1",
        "BROKERSPEC_WEALTHY_BASE_URL": "http://127.0.0.1:9/wealthy/",
    }
    wealthy = read_settings(env).wealthy
    assert wealthy is not None
    assert wealthy.base_url == "http://127.0.0.1:9/wealthy"


def test_wealthy_auth_sends_the_token_in_both_headers_by_default() -> None:
    wealthy = read_settings({"BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1"}).wealthy
    assert wealthy is not None and wealthy.auth_header == "both"
    auth = HeaderTokenAuth.from_settings(wealthy)
    assert isinstance(auth, HeaderTokenAuth)
    assert auth.headers == ("access-token", "Authorization")


@pytest.mark.parametrize(
    ("value", "setting", "headers"),
    [
        ("access-token", "access-token", ("access-token",)),
        ("ACCESS-TOKEN", "access-token", ("access-token",)),
        ("authorization", "authorization", ("Authorization",)),
        ("Authorization", "authorization", ("Authorization",)),
        (" Both ", "both", ("access-token", "Authorization")),
        ("", "both", ("access-token", "Authorization")),  # empty counts as unset
    ],
)
def test_wealthy_auth_header_picks_the_headers_case_insensitively(
    value: str, setting: str, headers: tuple[str, ...]
) -> None:
    env = {"BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1", "BROKERSPEC_WEALTHY_AUTH_HEADER": value}
    wealthy = read_settings(env).wealthy
    assert wealthy is not None
    assert wealthy.auth_header == setting
    assert HeaderTokenAuth.from_settings(wealthy).headers == headers


@pytest.mark.parametrize("value", ["bearer", "access_token", "x-api-key", "both,authorization"])
def test_a_bad_wealthy_auth_header_is_a_config_error_naming_variable_problem_and_fix(value: str) -> None:
    env = {"BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1", "BROKERSPEC_WEALTHY_AUTH_HEADER": value}
    with pytest.raises(ConfigError) as caught:
        read_settings(env)
    message = str(caught.value)
    assert "BROKERSPEC_WEALTHY_AUTH_HEADER" in message
    assert repr(value) in message
    assert "both, access-token, authorization" in message
    assert "unset it" in message
    assert "tok-1" not in message


def test_a_bad_wealthy_auth_header_is_an_error_even_without_a_token() -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_WEALTHY_AUTH_HEADER"):
        read_settings({"BROKERSPEC_WEALTHY_AUTH_HEADER": "bearer"})


def test_wealthy_settings_built_in_code_check_the_auth_header() -> None:
    assert WealthySettings(access_token="tok-1", auth_header="Authorization").auth_header == "authorization"
    with pytest.raises(ConfigError, match="auth_header"):
        WealthySettings(access_token="tok-1", auth_header="bearer")


# --- vendor gateway ---------------------------------------------------------------------------------------


def test_gateway_needs_a_base_url_to_be_enabled() -> None:
    gateway = read_settings(
        {"BROKERSPEC_GATEWAY_BASE_URL": "https://gw.example/api", "BROKERSPEC_GATEWAY_USER_ID": "U1"}
    ).vendor_gateway
    assert gateway is not None
    assert gateway.base_url == "https://gw.example/api"
    assert gateway.user_id == "U1"


def test_gateway_settings_without_a_base_url_are_an_error() -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_GATEWAY_BASE_URL"):
        read_settings({"BROKERSPEC_GATEWAY_USER_ID": "U1", "BROKERSPEC_GATEWAY_VENDOR": "KOTAK"})


def test_gateway_vendor_is_upper_cased() -> None:
    env = {"BROKERSPEC_GATEWAY_BASE_URL": "https://gw.example", "BROKERSPEC_GATEWAY_VENDOR": "kotak"}
    gateway = read_settings(env).vendor_gateway
    assert gateway is not None
    assert gateway.vendor == "KOTAK"


def test_gateway_sends_no_auth_header_without_a_value() -> None:
    gateway = read_settings({"BROKERSPEC_GATEWAY_BASE_URL": "https://gw.example"}).vendor_gateway
    assert gateway is not None
    assert gateway.auth_header == "Authorization"
    assert HeaderTokenAuth.from_settings(gateway) is None


def test_gateway_auth_uses_the_configured_header_and_value() -> None:
    env = {
        "BROKERSPEC_GATEWAY_BASE_URL": "https://gw.example",
        "BROKERSPEC_GATEWAY_AUTH_HEADER": "X-Session-Token",
        "BROKERSPEC_GATEWAY_AUTH_VALUE": "s3cr3t",
    }
    gateway = read_settings(env).vendor_gateway
    assert gateway is not None
    auth = HeaderTokenAuth.from_settings(gateway)
    assert isinstance(auth, HeaderTokenAuth)
    assert auth.header == "X-Session-Token"


# --- the whole ------------------------------------------------------------------------------------------


def test_configured_lists_every_configured_broker(pem_file: Path) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH": str(pem_file),
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": "tok-1",
        "BROKERSPEC_GATEWAY_BASE_URL": "https://gw.example",
    }
    assert read_settings(env).configured == ("kalshi", "wealthy", "vendor_gateway")


def test_every_problem_is_reported_at_once() -> None:
    env = {"BROKERSPEC_KALSHI_KEY_ID": KEY_ID, "BROKERSPEC_GATEWAY_VENDOR": "KOTAK"}
    with pytest.raises(ConfigError) as caught:
        read_settings(env)
    assert "BROKERSPEC_KALSHI_PRIVATE_KEY_PATH" in str(caught.value)
    assert "BROKERSPEC_GATEWAY_BASE_URL" in str(caught.value)


def test_require_names_the_variables_to_set() -> None:
    with pytest.raises(ConfigError, match="BROKERSPEC_WEALTHY_ACCESS_TOKEN"):
        read_settings({}).require("wealthy")


def test_require_rejects_an_unknown_broker() -> None:
    with pytest.raises(ConfigError, match="unknown broker"):
        Settings().require("zerodha")  # type: ignore[arg-type]


def test_settings_are_frozen() -> None:
    settings = WealthySettings(access_token="tok-1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        settings.access_token = "other"  # type: ignore[misc]


def test_secrets_never_appear_in_repr(pem: str) -> None:
    env = {
        "BROKERSPEC_KALSHI_KEY_ID": KEY_ID,
        "BROKERSPEC_KALSHI_PRIVATE_KEY": pem,
        "BROKERSPEC_WEALTHY_ACCESS_TOKEN": "wealthy-token-123",
        "BROKERSPEC_GATEWAY_BASE_URL": "https://gw.example",
        "BROKERSPEC_GATEWAY_USER_ID": "CLIENT0042",
        "BROKERSPEC_GATEWAY_AUTH_VALUE": "Bearer CLIENT0042 session-secret",
    }
    settings = read_settings(env)
    text = repr(settings) + str(settings)

    assert "PRIVATE KEY" not in text
    assert pem.splitlines()[1] not in text
    assert KEY_ID not in text
    assert "wealthy-token-123" not in text
    assert settings.wealthy is not None
    assert "wealthy-token-123" not in repr(HeaderTokenAuth.from_settings(settings.wealthy))
    assert "session-secret" not in text
    assert "CLIENT0042" not in text
    assert "gw.example" in text  # the non-secret parts stay useful


def test_config_errors_never_echo_secrets(pem: str) -> None:
    env = {"BROKERSPEC_KALSHI_PRIVATE_KEY": pem, "BROKERSPEC_GATEWAY_AUTH_VALUE": "session-secret"}
    with pytest.raises(ConfigError) as caught:
        read_settings(env)
    assert pem.splitlines()[1] not in str(caught.value)
    assert "session-secret" not in str(caught.value)


def test_gateway_repr_masks_user_id_but_shows_vendor() -> None:
    text = repr(GatewaySettings(base_url="https://gw.example", user_id="CLIENT0042", vendor="INDIRA"))
    assert "CLIE…0042" in text
    assert "INDIRA" in text


def test_importing_config_does_not_import_httpx_or_cryptography() -> None:
    code = "import sys, brokerspec.config; print(sorted({'httpx', 'cryptography'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_reading_a_configuration_without_a_kalshi_key_imports_neither() -> None:
    code = (
        "import sys; from brokerspec.config import read_configuration; read_configuration({'HOME': '/nowhere'}); "
        "print(sorted({'httpx', 'cryptography'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_config_is_the_only_module_that_reads_the_environment() -> None:
    package = Path(__file__).parents[1] / "tools" / "brokerspec"
    exempt = {package / "config.py", package / "app" / "demo.py"}  # demo builds a child's environment
    readers = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path not in exempt
        and package / "sandbox" not in path.parents
        and (
            "os.environ" in path.read_text(encoding="utf-8") or "getenv(" in path.read_text(encoding="utf-8")
        )
    ]
    assert readers == []
