"""The HTML reports in a real browser: headless Chromium (Debian's `chromium`) driven over
the DevTools protocol through --remote-debugging-pipe with a small stdlib client.

Renders, in one browser session, the report of the embedded plan with the sample evidence
and the report of the 553-satker synthetic portfolio (`zi generate`), and checks for each:
no console error or exception, no network request besides the file itself, and a DOM that
holds exactly the numbers of the JSON reports (`zi score --json`, `zi portfolio --json`):
the deliverables per status, every komponen score, the ranking order. A screenshot of each
page is saved in the work directory.

    python3 report_browser_test.py ZI_BINARY SOURCE_DIR WORK_DIR
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

AS_OF = "2026-07-01"


class Cdp:
    """DevTools protocol over the pipe: NUL-terminated JSON messages; Chromium reads fd 3
    and writes fd 4."""

    def __init__(self, chromium, profile):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def child_fds():
            # Through fresh descriptors first, so that neither target overwrites the other.
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", "--user-data-dir=" + profile, "about:blank"],
            # 3 and 4 are kept open: subprocess closes the others after preexec_fn runs.
            pass_fds=(3, 4, to_chrome_r, from_chrome_w), preexec_fn=child_fds,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self._buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None, timeout=60):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, session, timeout=60):
        deadline = time.time() + timeout
        for k, m in enumerate(self.events):
            if m.get("method") == method and m.get("sessionId") == session:
                return self.events.pop(k)
        while True:
            m = self._read_message(deadline)
            if m.get("method") == method and m.get("sessionId") == session:
                return m
            self.events.append(m)

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def render(cdp, path, shot, width, height):
    """Opens file `path` in a new tab; returns (dom data, problems)."""
    target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Network", "Log"):
        cdp.call(domain + ".enable", session=session)
    cdp.call("Emulation.setDeviceMetricsOverride",
             {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=session)
    cdp.events = [e for e in cdp.events if e.get("sessionId") != session]
    url = "file://" + os.path.abspath(path)
    cdp.call("Page.navigate", {"url": url}, session=session)
    cdp.wait_event("Page.loadEventFired", session)
    data = cdp.call("Runtime.evaluate", {"expression": EXTRACT, "returnByValue": True}, session=session)
    if "exceptionDetails" in data:
        raise RuntimeError("extract: %s" % data["exceptionDetails"])
    png = cdp.call("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
    with open(shot, "wb") as f:
        f.write(base64.b64decode(png))
    problems = []
    for e in cdp.events:
        if e.get("sessionId") != session:
            continue
        m, p = e.get("method"), e.get("params", {})
        if m == "Network.requestWillBeSent" and p["request"]["url"] != url:
            problems.append("network request: " + p["request"]["url"])
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            problems.append("console %s: %s" % (p["type"], p.get("args")))
        elif m == "Runtime.exceptionThrown":
            problems.append("exception: %s" % p.get("exceptionDetails"))
        elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            problems.append("log: %s" % p["entry"].get("text"))
    cdp.call("Target.closeTarget", {"targetId": target})
    return data["result"]["value"], problems


# Reads the data-* attributes the reports carry (docs/report.md, "Checking a report").
EXTRACT = r"""
(() => {
  const num = s => s === null || s === 'null' ? null : Number(s);
  const main = document.querySelector('main');
  const out = {kind: main.dataset.report, scripts: document.scripts.length,
               external: [...document.querySelectorAll('link,img,iframe,object,embed,script[src]')].length,
               width: document.documentElement.scrollWidth};
  if (main.dataset.report === 'satker') {
    out.plan_score = num(main.dataset.planScore);
    out.status_counts = {};
    document.querySelectorAll('[data-status-count]').forEach(e => {
      out.status_counts[e.dataset.statusCount] = Number(e.textContent); });
    out.gantt = {};
    document.querySelectorAll('#gantt rect.occ').forEach(e => {
      out.gantt[e.dataset.status] = (out.gantt[e.dataset.status] || 0) + 1; });
    out.komponen = [...document.querySelectorAll('tr[data-komponen-id]')].map(e =>
      [e.dataset.komponenId, num(e.dataset.komponenScore)]);
    out.aspek = [...document.querySelectorAll('tr[data-aspek-id]')].map(e =>
      [e.dataset.aspekId, num(e.dataset.aspekScore)]);
    out.overdue = Number(document.getElementById('overdue').dataset.count);
    out.due_soon = Number(document.getElementById('due-soon').dataset.count);
    out.as_of_line = !!document.getElementById('as-of-line');
  } else {
    out.ranking = [...document.querySelectorAll('#ranking-table tr[data-rank]')].map(e =>
      [Number(e.dataset.rank), e.dataset.satker, num(e.dataset.score)]);
    out.bins = [...document.querySelectorAll('#histogram [data-bin-lo]')].map(e => Number(e.dataset.binCount));
    out.parents = [...document.querySelectorAll('tr[data-parent]')].map(e =>
      [e.dataset.parent, num(e.dataset.parentMean), Number(e.dataset.parentCount)]);
    out.below = [...document.querySelectorAll('tr[data-below]')].map(e => e.dataset.below);
  }
  return out;
})()
"""


def zi(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True)
    if r.returncode != 0:
        raise RuntimeError("zi %s: exit %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()))
    return r.stdout


def main():
    binary, src, work = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    failures = []

    def expect(cond, what):
        if not cond:
            failures.append(what)

    sample = os.path.join(src, "data/samples/kpu-sulteng-2026-bukti.csv")
    satker_html = os.path.join(work, "report-satker.html")
    common = ["--as-of", AS_OF, "--evidence", sample, "--allow-rejects"]
    zi(binary, "report", *common, "-o", satker_html)
    score = json.loads(zi(binary, "score", *common, "--json"))

    gen = os.path.join(work, "generated")
    if not os.path.isdir(os.path.join(gen, "plans")):
        zi(binary, "generate", "--out", gen)
    pcommon = ["--as-of", AS_OF, "--plans", os.path.join(gen, "plans"),
               "--evidence", os.path.join(gen, "evidence.csv"), "--allow-rejects"]
    portfolio_html = os.path.join(work, "report-portfolio.html")
    zi(binary, "report", "--portfolio", *pcommon, "-o", portfolio_html)
    portfolio = json.loads(zi(binary, "portfolio", *pcommon, "--json"))

    profile = tempfile.mkdtemp(prefix="zi-chromium-")
    cdp = Cdp(chromium, profile)
    try:
        version = cdp.call("Browser.getVersion")
        print("browser:", version.get("product"))
        s, problems = render(cdp, satker_html, os.path.join(work, "report-satker.png"), 1100, 2400)
        expect(problems == [], "satker page: %s" % problems)
        p, problems = render(cdp, portfolio_html, os.path.join(work, "report-portfolio.png"), 1100, 2400)
        expect(problems == [], "portfolio page: %s" % problems)
        phone, problems = render(cdp, satker_html, os.path.join(work, "report-satker-phone.png"), 390, 844)
        expect(problems == [], "satker page on a phone: %s" % problems)
    finally:
        cdp.close()
        shutil.rmtree(profile, ignore_errors=True)

    # ---- the satker report against zi score --json
    counts = {k: 0 for k in ("done", "done_late", "open", "upcoming", "overdue")}
    for c in score["components"]:
        for a in c["aspects"]:
            for i in a["indicators"]:
                for o in i["occurrences"]:
                    counts[o["status"]] += 1
    expect(s["kind"] == "satker", "satker page kind")
    expect(s["scripts"] == 0 and s["external"] == 0, "satker page has scripts or external resources")
    expect(s["status_counts"] == counts, "status counts %s != %s" % (s["status_counts"], counts))
    expect({k: v for k, v in counts.items() if v} == s["gantt"], "gantt bars %s != %s" % (s["gantt"], counts))
    expect(s["plan_score"] == score["score"], "plan score %s != %s" % (s["plan_score"], score["score"]))
    want_k = [[c["id"], c["score"]] for c in score["components"]]
    expect(s["komponen"] == want_k, "komponen %s != %s" % (s["komponen"], want_k))
    want_a = [[a["id"], a["score"]] for c in score["components"] for a in c["aspects"]]
    expect(s["aspek"] == want_a, "aspek scores differ")
    expect(s["overdue"] == counts["overdue"], "overdue list %d != %d" % (s["overdue"], counts["overdue"]))
    expect(s["as_of_line"], "no as-of line in the timeline")
    expect(phone["width"] <= 390 + 1, "the phone page scrolls sideways: %s px" % phone["width"])

    # ---- the portfolio report against zi portfolio --json
    by_code = {x["code"]: x for x in portfolio["satker"]}
    want_rank = [[k + 1, code, by_code[code]["score"]] for k, code in enumerate(portfolio["ranking"])]
    expect(p["kind"] == "portfolio", "portfolio page kind")
    expect(p["scripts"] == 0 and p["external"] == 0, "portfolio page has scripts or external resources")
    expect(len(p["ranking"]) == 553, "ranking rows: %d" % len(p["ranking"]))
    expect(p["ranking"] == want_rank, "ranking order or scores differ from zi portfolio --json")
    bins = [0] * 10
    for x in portfolio["satker"]:
        if x["score"] is not None:
            bins[min(9, int(x["score"] // 10))] += 1
    expect(p["bins"] == bins, "histogram %s != %s" % (p["bins"], bins))
    want_parents = [[r["parent"], r["mean"], r["count"]] for r in portfolio["rollups"]]
    expect(p["parents"] == want_parents, "per-parent rows differ")
    below = [x["code"] for x in portfolio["satker"] if x["score"] is not None and x["score"] < portfolio["threshold"]]
    expect(sorted(p["below"]) == sorted(below), "below-threshold list differs")

    size = os.path.getsize(portfolio_html)
    print("satker page: %d bytes; portfolio page: %d bytes; screenshots in %s" %
          (os.path.getsize(satker_html), size, work))
    print("satker: score %s, statuses %s, overdue %d, due soon %d" %
          (s["plan_score"], s["status_counts"], s["overdue"], s["due_soon"]))
    print("portfolio: %d satker, top %s, bins %s, %d below threshold" %
          (len(p["ranking"]), p["ranking"][:3], p["bins"], len(p["below"])))
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
