"""End-to-end tests of the web admin center in a real headless Chromium (Debian's chromium +
chromedriver, driven by Selenium): sign in, search, UM Mailbox page, Reset PIN, the change seen from the
shell, and a view-only administrator who cannot reset. Skipped when chromium or selenium is absent.

Screenshots of the key pages go to build/test-artifacts/eac/ (and to $EAC_SCREENSHOTS_DIR when set,
which is how docs/eac/*.png are refreshed).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="Debian's chromium and chromedriver are needed"
)

ADMIN_PASSWORD = "E2e-Admin-Pass-1"
VIEWER_PASSWORD = "E2e-Viewer-Pass-1"
ARTIFACTS = ROOT / "build" / "test-artifacts" / "eac"


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PWSHLITE_")}
    env.update(
        PWSHLITE_STORE=str(tmp / "org.db"), PWSHLITE_ADMIN_PASSWORD=ADMIN_PASSWORD, NO_COLOR="1", TZ="UTC"
    )
    env.update(HOME=str(tmp), XDG_DATA_HOME=str(tmp / "xdg"), PWSHLITE_HISTORY=str(tmp / "history.txt"))
    return env


def shell(tmp: Path, script: str, user: str | None = None) -> str:
    """`pwshlite -Command` on the same store (the shell's view of the organization)."""
    args = [sys.executable, "-m", "pwshlite", "-NoProfile", "-NonInteractive"]
    if user:
        args += ["--as", user]
    proc = subprocess.run(
        [*args, "-Command", script], env=_env(tmp), cwd=tmp, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Path]]:
    tmp = Path(tempfile.mkdtemp(prefix="eac-e2e-"))
    shell(
        tmp,
        f"Set-Mailbox pilarpinilla -Password (ConvertTo-SecureString '{VIEWER_PASSWORD}' -AsPlainText -Force)",
    )
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pwshlite", "eac", "--port", str(port)],
        env=_env(tmp), cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"pwshlite eac exited: {proc.stderr.read().decode() if proc.stderr else ''}")
            time.sleep(0.2)
    try:
        yield f"http://127.0.0.1:{port}", tmp
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,900",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):  # fmt: skip
        options.add_argument(flag)
    from selenium.webdriver.chrome.service import Service

    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def snap(driver: object, name: str) -> None:
    """Save a screenshot as a test artifact (and into $EAC_SCREENSHOTS_DIR when set)."""
    targets = [ARTIFACTS]
    if os.environ.get("EAC_SCREENSHOTS_DIR"):
        targets.append(Path(os.environ["EAC_SCREENSHOTS_DIR"]))
    for folder in targets:
        folder.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(folder / f"{name}.png"))  # type: ignore[attr-defined]


def sign_in(driver: object, base: str, user: str, password: str) -> None:
    d = driver
    d.get(base + "/signin")  # type: ignore[attr-defined]
    d.find_element(By.ID, "username").send_keys(user)  # type: ignore[attr-defined]
    d.find_element(By.ID, "password").send_keys(password)  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # type: ignore[attr-defined]
    wait_url(d, "/recipients")
    assert d.find_element(By.ID, "signed-in-user").text  # type: ignore[attr-defined]


def wait_url(driver: object, part: str) -> None:
    """Wait for a navigation to finish (so no element of the previous page is used)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 15).until(lambda d: part in d.current_url)  # type: ignore[no-any-return, attr-defined]


def pin_status(driver: object) -> dict[str, str]:
    box = driver.find_element(By.ID, "pin-status")  # type: ignore[attr-defined]
    labels = [e.text for e in box.find_elements(By.TAG_NAME, "dt")]
    values = [e.text for e in box.find_elements(By.TAG_NAME, "dd")]
    return dict(zip(labels, values, strict=True))


def field(listing: str, name: str) -> str:
    """A property's value in Format-List output."""
    found = re.search(rf"^{name}\s*: (.*)$", listing, re.MULTILINE)
    assert found, listing
    return found.group(1).strip()


def test_admin_resets_a_pin_and_the_shell_sees_it(server: tuple[str, Path], browser: object) -> None:
    base, tmp = server
    d = browser
    d.get(base + "/signin")  # type: ignore[attr-defined]
    snap(d, "01-sign-in")
    sign_in(d, base, "administrator@contoso.com", ADMIN_PASSWORD)
    snap(d, "02-recipients")
    search = d.find_element(By.ID, "q")  # type: ignore[attr-defined]
    search.send_keys("tony")
    search.submit()
    wait_url(d, "q=tony")
    rows = d.find_elements(By.CSS_SELECTOR, "#recipients tbody tr")  # type: ignore[attr-defined]
    assert len(rows) == 2 and "Enabled" in rows[0].text
    d.find_element(By.LINK_TEXT, "Tony").click()  # type: ignore[attr-defined]
    assert d.find_element(By.ID, "um-state").text == "Enabled"  # type: ignore[attr-defined]
    snap(d, "03-mailbox")
    d.find_element(By.ID, "um-details").click()  # type: ignore[attr-defined]
    wait_url(d, "/um")
    status = pin_status(d)
    snap(d, "04-um-mailbox")
    before = shell(
        tmp, "Get-UMMailboxPIN -Identity tony@contoso.com | Format-List PinExpired,LockedOut,FirstTimeUser"
    )
    assert field(before, "PinExpired") == str(status["PIN expired"] == "Yes")
    assert field(before, "LockedOut") == str(status["Locked out"] == "Yes")
    assert field(before, "FirstTimeUser") == str(status["First-time user"] == "Yes")
    d.find_element(By.ID, "reset-pin").click()  # type: ignore[attr-defined]
    wait_url(d, "/reset-pin")
    d.find_element(By.ID, "mode-type").click()  # type: ignore[attr-defined]
    d.find_element(By.ID, "pin").send_keys("111111")  # type: ignore[attr-defined]
    d.find_element(By.ID, "reset-submit").click()  # type: ignore[attr-defined]
    assert "The PIN you entered is not valid." in d.find_element(By.ID, "errors").text  # type: ignore[attr-defined]
    snap(d, "05-reset-pin-weak")
    d.find_element(By.ID, "mode-type").click()  # type: ignore[attr-defined]
    d.find_element(By.ID, "pin").send_keys("481537")  # type: ignore[attr-defined]
    expired = d.find_element(By.ID, "expired")  # type: ignore[attr-defined]
    if expired.is_selected():
        expired.click()  # keyboard/mouse untick: the user keeps this PIN
    d.find_element(By.ID, "reset-submit").click()  # type: ignore[attr-defined]
    assert "481537" in d.find_element(By.ID, "typed-pin").text  # type: ignore[attr-defined]
    assert "481537" not in d.current_url  # type: ignore[attr-defined]
    snap(d, "06-reset-pin-done")
    after = shell(tmp, "Get-UMMailboxPIN -Identity tony@contoso.com | Format-List PinExpired,LockedOut")
    assert field(after, "PinExpired") == "False"
    audit = shell(
        tmp, "Search-AdminAuditLog -Cmdlets Set-UMMailboxPIN | Select-Object -First 1 | Format-List Caller"
    )
    assert "Administrator" in audit
    d.find_element(By.LINK_TEXT, "Unified Messaging").click()  # type: ignore[attr-defined]
    d.find_element(By.PARTIAL_LINK_TEXT, "PIN policies of").click()  # type: ignore[attr-defined]
    assert d.find_element(By.ID, "MinPINLength").get_attribute("value") == "6"  # type: ignore[attr-defined]
    snap(d, "07-pin-policies")


def test_view_only_administrator_cannot_reset(server: tuple[str, Path], browser: object) -> None:
    base, tmp = server
    d = browser
    sign_in(d, base, "pilarpinilla", VIEWER_PASSWORD)
    search = d.find_element(By.ID, "q")  # type: ignore[attr-defined]
    search.send_keys("tonysmith@contoso.com")
    search.submit()
    wait_url(d, "q=tonysmith")
    d.find_element(By.LINK_TEXT, "Tony Smith").click()  # type: ignore[attr-defined]
    d.find_element(By.ID, "um-details").click()  # type: ignore[attr-defined]
    wait_url(d, "/um")
    assert set(pin_status(d)) == {"PIN expired", "Locked out", "First-time user"}
    assert not d.find_elements(By.ID, "reset-pin")  # type: ignore[attr-defined]
    assert "doesn't allow resetting PINs" in d.find_element(By.ID, "read-only").text  # type: ignore[attr-defined]
    snap(d, "08-view-only-um-mailbox")
    d.get(d.current_url.replace("/um", "/reset-pin"))  # type: ignore[attr-defined]
    assert not d.find_elements(By.ID, "reset-submit")  # type: ignore[attr-defined]
    assert "PinExpired" in shell(tmp, "Get-UMMailboxPIN tonysmith | Format-List PinExpired")
