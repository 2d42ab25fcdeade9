"""The dashboard in a real browser: Debian's headless Chromium driven by Selenium through
Debian's chromedriver, against a real hub on 127.0.0.1 (SQLite and PostgreSQL).

It logs in, opens a fair from the fairs list, reads the totals off the page and checks them
against a plain SQL sum over the facts, downloads the booth table's CSV and checks its rows
against the table, switches to English, and saves screenshots to docs/screenshots/
(dashboard_*.png, from the SQLite run). Nothing is downloaded: no selenium-manager (the
driver's path is given), no CDN (the pages load only the hub's own files, and the browser's
log must show no failed request).
"""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.conftest import _pg_unavailable, fresh_database, live_hub
from tests.hub.dashboard_data import PASSWORD, FairData, seed_fair, sql_totals

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, "
           "/usr/bin/chromedriver): apt-get install chromium chromium-driver")


@pytest.fixture(scope="module", params=("sqlite", "postgresql"))
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[object, FairData]]:
    if request.param == "postgresql" and (reason := _pg_unavailable()):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and {reason}")
        pytest.skip(reason)
    with fresh_database(request.param, tmp_path_factory.mktemp("hub")) as url, \
            live_hub(url) as hub:
        yield hub, seed_fair(hub)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-default-apps", "--disable-sync",
                "--window-size=1366,900", f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "safebrowsing.enabled": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options,
                              service=Service(executable_path=str(CHROMEDRIVER)))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def _wait(condition, timeout: float = 15.0, what: str = "the page"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def _shot(driver, hub, name: str, height: int | None = None) -> None:
    """Screenshots from the SQLite run only (the same pages twice would be noise)."""
    if hub.backend != "sqlite":
        return
    if height:
        driver.set_window_size(1366, height)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOTS / f"dashboard_{name}.png"))
    driver.set_window_size(1366, 900)


def _value(driver, element_id: str) -> int:
    from selenium.webdriver.common.by import By

    return int(driver.find_element(By.ID, element_id).get_attribute("data-value"))


def test_log_in_open_a_fair_check_totals_and_export(site, browser):
    from selenium.webdriver.common.by import By

    hub, data = site
    driver = browser
    driver.get(hub.url + "/")
    _wait(lambda: driver.current_url.startswith(hub.url + "/login"), what="the login page")
    _shot(driver, hub, "login")
    driver.find_element(By.ID, "name").send_keys(data.admin)
    driver.find_element(By.ID, "password").send_keys("wrong password")
    driver.find_element(By.ID, "login-submit").click()
    _wait(lambda: driver.find_elements(By.ID, "login-error"), what="the login error")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    _wait(lambda: driver.find_elements(By.ID, "fairs"), what="the fairs list")
    _shot(driver, hub, "fairs")

    driver.find_element(By.LINK_TEXT, data.fair_code).click()
    _wait(lambda: driver.find_elements(By.ID, "totals"), what="the fair page")
    _wait(lambda: driver.find_element(By.TAG_NAME, "html").get_attribute("data-charts")
          == "drawn", what="the charts")

    expected = sql_totals(hub, data.fair_id)
    shown = {k: _value(driver, f"total-{k}") for k in expected}
    assert shown == expected
    assert driver.find_element(By.ID, "total-revenue").text == \
        f"{expected['revenue']:,} ₫".replace(",", ".")
    table = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
             for tr in driver.find_elements(By.CSS_SELECTOR, "#booths tbody tr")]
    assert sum(int(tr.find_elements(By.TAG_NAME, "td")[3].get_attribute("data-value"))
               for tr in driver.find_elements(By.CSS_SELECTOR, "#booths tbody tr")) \
        == expected["revenue"]
    silent = driver.find_elements(By.CSS_SELECTOR, "#booths tr.silent")
    assert [tr.get_attribute("data-booth") for tr in silent] == [data.booth_quiet]
    _shot(driver, hub, "fair", height=1500)

    driver.find_element(By.ID, "export-csv").click()
    target = driver.downloads / f"{data.fair_code}-booths.csv"
    _wait(lambda: target.exists() and target.stat().st_size > 0, what="the CSV download")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [row[0] for row in table]
    assert sum(int(row[6]) for row in rows[1:]) == expected["revenue"]
    assert sum(int(row[7]) for row in rows[1:]) == expected["visitors"]

    driver.find_element(By.ID, "lang-switch").click()
    _wait(lambda: driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en",
          what="the English page")
    assert driver.find_element(By.ID, "total-revenue").text == f"{expected['revenue']:,} ₫"
    _shot(driver, hub, "fair_en", height=1500)

    failures = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"
                and "/login - " not in e["message"]]  # the wrong password's 401, on purpose
    assert failures == [], failures  # no blocked script, no failed request


def test_a_district_viewer_sees_only_that_district(site, browser):
    from selenium.webdriver.common.by import By

    hub, data = site
    driver = browser
    driver.get(f"{hub.url}/fairs/{data.fair_id}")
    _wait(lambda: driver.find_elements(By.ID, "name"), what="the login page")
    driver.find_element(By.ID, "name").send_keys(data.district_viewer)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    _wait(lambda: driver.find_elements(By.ID, "totals"), what="the fair page")
    assert [tr.get_attribute("data-booth") for tr in
            driver.find_elements(By.CSS_SELECTOR, "#booths tbody tr")] == [data.booth_a]
    expected = sql_totals(hub, data.fair_id, data.district_a)
    assert {k: _value(driver, f"total-{k}") for k in expected} == expected
    driver.find_element(By.ID, "logout").click()
    _wait(lambda: driver.find_elements(By.ID, "login-form"), what="the login page")
    driver.get(f"{hub.url}/fairs/{data.fair_id}")
    _wait(lambda: driver.find_elements(By.ID, "login-form"), what="the login page again")
