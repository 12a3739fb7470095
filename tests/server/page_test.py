#!/usr/bin/python3
"""The what-if page in real headless Chromium (Debian's chromium + chromedriver, driven by
python3-selenium), against a real spleis serve on a free loopback port: the figures the page
shows are `spleis run`'s for the same what-if, the totals balance, the link reproduces the
state, an infeasible value shows its message with the last good result marked stale, nb
shows its number formats, the keyboard reaches a member's explanation, and nothing breaks at
1280×720 or 1920×1080. Saves screenshots and the slider-to-repaint times under ARTIFACTS.
Usage: page_test.py SPLEIS ARTIFACTS (from the source root)."""
import json
import os
import statistics
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from serving import Server

spleis, artifacts = sys.argv[1], sys.argv[2]
os.makedirs(artifacts, exist_ok=True)
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL", what)


def plain(text):
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def cli_amounts(extra_yaml="", replace=()):
    text = open("scenarios/digi-vestland-2021.yaml").read()
    text = text.replace("../models/", os.path.abspath("models") + "/").replace("file: data/", "file: " + os.path.abspath("scenarios/data") + "/")
    for old, new in replace:
        text = text.replace(old, new)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "what-if.yaml")
        with open(path, "w") as f:
            f.write(text + extra_yaml)
        out = subprocess.run([spleis, "run", path, "--format", "json"], capture_output=True, text=True, check=True).stdout
    return {m["code"]: m["amount_ore"] for m in json.loads(out)["members"]}


def kroner_text_to_ore(text):
    text = plain(text).replace(" kr", "").replace(" ", "")
    return round(float(text.replace(",", ".")) * 100)


server = Server(spleis, ["scenarios/digi-vestland-2021.yaml", "scenarios/digi-vestland-2021-options.yaml", "scenarios/norway-2025.yaml"])
profile = tempfile.TemporaryDirectory()
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--window-size=1920,1080", f"--user-data-dir={profile.name}"]:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 15)


def solved_count():
    return int(driver.find_element(By.TAG_NAME, "body").get_attribute("data-solved") or 0)


def open_page(query):
    driver.get(server.url + "/" + query)
    wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true")


def table():
    """code → (amount text, whole row text) of every row shown."""
    rows = driver.execute_script(
        "return [...document.querySelectorAll('#table tbody tr[data-code]')].map(r => [r.dataset.code, r.cells[3].textContent, r.textContent])")
    return {code: (amount, row) for code, amount, row in rows}


def table_ore():
    """code → amount in øre of every member shown (a row taken out has no amount)."""
    return {code: kroner_text_to_ore(amount) for code, (amount, _) in table().items() if amount != "—"}


def set_number(field_id, text):
    before = solved_count()
    field = driver.find_element(By.ID, field_id)
    field.clear()
    field.send_keys(text, Keys.TAB)
    wait.until(lambda d: solved_count() > before)


try:
    open_page("?s=digi-vestland-2021")
    rows = table()
    check(len(rows) == 43, f"43 rows, got {len(rows)}")
    check(plain(rows["4630"][0]) == "261 905 kr", f"Osterøy 261 905 kr, got {plain(rows['4630'][0])!r}")
    check(table_ore() == cli_amounts(), "the decided baseline is spleis run's, to the øre")
    summary = plain(driver.find_element(By.ID, "summary").text)
    check("Balanced to the øre: the members pay 19 470 000 kr and other funding 0 kr, the budget is 19 470 000 kr." in summary,
          f"the balance line: {summary}")
    check("Gini" in summary and "Highest per inhabitant" in summary, "the fairness measures are shown")

    # The cap through its number field, Norwegian style: "400 000".
    set_number("param-cap-n", "400 000")
    check(table_ore() == cli_amounts("parameters:\n  cap: 400000\n"), "cap 400 000 kr: the table is spleis run's")
    row = plain(table()["4630"][1])
    check("▲" in row and "more" in row, f"Osterøy pays more, said in words and a symbol: {row}")
    # The base amount with a decimal comma, and the budget.
    set_number("param-base_amount-n", "80 000,00")
    set_number("budget-n", "20 000 000")
    expected = cli_amounts("parameters:\n  cap: 400000\n  base_amount: 80000\n", [("budget: 19 470 000", "budget: 20 000 000")])
    check(table_ore() == expected, "cap, base amount and budget changed: the table is spleis run's")
    check("Balanced to the øre" in driver.find_element(By.ID, "summary").text and
          "20 000 000 kr." in plain(driver.find_element(By.ID, "summary").text), "the totals balance against the new budget")
    link = driver.current_url
    check("p.cap=400000" in link and "b=20000000" in link, f"the state is in the URL: {link}")

    # An infeasible cap: its message, and the last good table kept, marked stale.
    before_table = table_ore()
    set_number("param-cap-n", "200 000")
    problem = driver.find_element(By.ID, "problem")
    check(problem.is_displayed() and "all 42 members at the cap of 200 000 kr give 8 400 000 kr" in plain(problem.text),
          f"the infeasible message: {problem.text}")
    check("stale" in driver.find_element(By.ID, "results").get_attribute("class") and "stale" in problem.text,
          "the last good result is marked stale")
    check(table_ore() == before_table, "the table still shows the last good result, whole")

    # The link reproduces the what-if in a fresh page.
    open_page(link.replace(server.url + "/", ""))
    check(table_ore() == expected, "the copied link reproduces the table")

    # The what-if downloaded as a scenario file, saved beside the served scenario's data, runs
    # to the same table.
    downloads = tempfile.mkdtemp()
    os.symlink(os.path.abspath("scenarios/data"), os.path.join(downloads, "data"))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.find_element(By.CSS_SELECTOR, "[data-download=yaml]").click()
    saved = os.path.join(downloads, "digi-vestland-2021-what-if.yaml")
    wait.until(lambda d: os.path.exists(saved) and os.path.getsize(saved) > 0)
    run = subprocess.run([spleis, "run", saved, "--format", "json"], capture_output=True, text=True)
    check(run.returncode == 0 and {m["code"]: m["amount_ore"] for m in json.loads(run.stdout)["members"]} == table_ore(),
          f"the downloaded YAML reproduces the table: {run.stderr}")

    # Who joins: take Kinn and Stad out with their tick boxes (one by mouse, one by keyboard),
    # then put them back. The amounts are `spleis compare`'s for the shipped option that leaves
    # them out.
    who_joins = json.loads(subprocess.run([spleis, "compare", "scenarios/digi-vestland-2021-who-joins.yaml", "--format", "json"],
                                          capture_output=True, text=True, check=True).stdout)
    k = [o["name"] for o in who_joins["options"]].index("Kinn and Stad stay out")
    without = {m["code"]: m["amounts"][k]["amount_ore"] for m in who_joins["members"] if m["amounts"][k]}
    open_page("?s=digi-vestland-2021")
    before = solved_count()
    driver.find_element(By.CSS_SELECTOR, "input[data-member='4602']").click()
    wait.until(lambda d: solved_count() > before)
    before = solved_count()
    driver.find_element(By.CSS_SELECTOR, "input[data-member='4649']").send_keys(Keys.SPACE)
    wait.until(lambda d: solved_count() > before)
    rows = table()
    check(table_ore() == without,
          "Kinn and Stad taken out: the other 41 pay what spleis compare gives for that option")
    check(plain(rows["4630"][0]) == "297 055 kr", f"Osterøy 297 055 kr without Kinn and Stad, got {plain(rows['4630'][0])!r}")
    check("not a member" in rows["4602"][1] and "not a member" in rows["4649"][1], "Kinn and Stad stay in the table, not members")
    check(not driver.find_element(By.CSS_SELECTOR, "input[data-member='4602']").is_selected(), "Kinn's box is unticked")
    summary = plain(driver.find_element(By.ID, "summary").text)
    check("Taken out: Kinn, Stad." in summary and "the budget is 19 470 000 kr" in summary, f"the summary says who is out: {summary}")
    check("41 of 41 members" in plain(driver.find_element(By.ID, "count").text), "the count is of members")
    check("out=4602%2C4649" in driver.current_url or "out=4602,4649" in driver.current_url, f"who is out is in the link: {driver.current_url}")
    open_page(driver.current_url.replace(server.url + "/", ""))
    check(plain(table()["4630"][0]) == "297 055 kr", "the link reproduces who is out")
    for code in ("4602", "4649"):
        before = solved_count()
        box = driver.find_element(By.CSS_SELECTOR, f"input[data-member='{code}']")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)  # not under the sticky total row
        box.click()
        wait.until(lambda d: solved_count() > before)
    check(table_ore() == cli_amounts(), "both put back: the decided baseline again")

    # Bokmål: the CLI's words and number formats.
    open_page("?s=digi-vestland-2021&lang=nb")
    rows = table()
    check(plain(rows["4630"][0]) == "261 905 kr", "nb: 261 905 kr")
    check("32,05 kr" in plain(rows["4601"][1]) and "selvfinansiert" in rows["4601"][1], f"nb: a decimal comma elsewhere: {rows['4601'][1]}")
    check("I balanse til øret" in driver.find_element(By.ID, "summary").text, "nb: the balance line in bokmål")

    # The keyboard alone: tab to the first member row, Enter opens its explanation.
    open_page("?s=digi-vestland-2021&q=Osterøy")
    driver.find_element(By.ID, "search").click()
    body = driver.switch_to.active_element
    for _ in range(12):
        body.send_keys(Keys.TAB)
        body = driver.switch_to.active_element
        if body.tag_name == "tr":
            break
    check(body.tag_name == "tr", "Tab reaches a member row")
    body.send_keys(Keys.ENTER)
    wait.until(lambda d: d.find_element(By.ID, "explain").is_displayed())
    cli_text = subprocess.run([spleis, "explain", "scenarios/digi-vestland-2021.yaml", "--member", "4630"], capture_output=True, text=True).stdout
    shown = driver.find_element(By.ID, "explain-text").get_attribute("textContent")
    check(shown == cli_text, "the explanation is spleis explain's")

    # Sort by amount, largest first: Bergen (self-funded 9.1 MNOK) on top.
    open_page("?s=digi-vestland-2021&sort=amount&dir=desc")
    check(list(table())[0] == "4601", "sorted by amount, largest first")

    # Layout: no horizontal scrolling at 1280×720 or 1920×1080.
    for width, height in [(1280, 720), (1920, 1080)]:
        # The page's own area at exactly this size (a window's would include its frame).
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        open_page("?s=digi-vestland-2021")
        inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        check(inner[0] <= inner[1], f"{width}×{height}: no horizontal overflow ({inner})")
        driver.save_screenshot(os.path.join(artifacts, f"page-{width}x{height}.png"))

    # Slider to repainted table and chart, Norway's 357 members: arrow keys on the cap slider.
    open_page("?s=norway-2025")
    slider = driver.find_element(By.ID, "param-cap-r")
    slider.click()
    for _ in range(25):
        before = int(driver.find_element(By.TAG_NAME, "body").get_attribute("data-repainted") or 0)
        slider.send_keys(Keys.ARROW_RIGHT)
        wait.until(lambda d: int(d.find_element(By.TAG_NAME, "body").get_attribute("data-repainted") or 0) > before)
    timings = driver.execute_script("return window.spleisTimings")
    check(len(timings) >= 25, "every slider step repainted")
    line = (f"slider to repaint, norway-2025 (357 members), {len(timings)} steps: median {statistics.median(timings):.1f} ms, "
            f"max {max(timings):.1f} ms")
    phases = driver.execute_script("return window.spleisPhases")
    line += "; medians of its parts: " + ", ".join(
        f"{part} {statistics.median(p[part] for p in phases):.1f} ms" for part in ("request", "table", "charts"))
    # Only rows near the visible ones are laid out; scrolled to the end, the last are there, and
    # the spacers keep the scroll height of all 357.
    laid_out = driver.execute_script("return [...document.querySelectorAll('#rows tr')].filter(r => r.getClientRects().length).length")
    check(50 <= laid_out < 357, f"Norway: {laid_out} of 357 rows laid out, not all")
    driver.execute_script("const w = document.querySelector('.table-wrap'); w.scrollTop = w.scrollHeight;")
    wait.until(lambda d: d.execute_script("const r = document.querySelectorAll('#rows tr'); return r[r.length - 1].getClientRects().length > 0"))
    shape = driver.execute_script("""const w = document.querySelector('.table-wrap'), r = document.querySelectorAll('#rows tr');
        const h = [...r].find(x => x.getClientRects().length).getBoundingClientRect().height;
        return [w.scrollHeight, h * r.length, r[0].getClientRects().length, r[r.length - 1].textContent];""")
    check(shape[0] >= shape[1] and shape[0] < shape[1] + 200, f"the scroll height holds every row: {shape[0]} px for {shape[1]:.0f} px of rows")
    check(shape[2] == 0 and "5636" in shape[3], f"scrolled to the end: the last row, 5636, shown ({shape[3][:40]!r}), the first not laid out")
    print(line)
    with open(os.path.join(artifacts, "slider-to-repaint.txt"), "w") as f:
        f.write(line + "\n")
finally:
    driver.quit()
    server.stop()

print(f"{len(failures)} failures" if failures else "all page checks passed")
sys.exit(1 if failures else 0)
