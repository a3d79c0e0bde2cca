"""axe-core over every page of the inventory, at a desktop (1366 px) and a phone (390 px) width, and
no IDREF that points at nothing.

axe is the pinned npm package (node_modules/axe-core), injected into each page: no CDN, and every
rule axe runs by default (WCAG A and AA, and its best practices). Every page in every language is
loaded and checked once per width, in one browser context per width: 470 checks in about two
minutes on a two-core machine busy with other tests, less on a quiet one.

A failure lists every finding at once, each naming the page type, language, width, rule and element.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from django.conf import settings

from tests.helpers import element, form_data, html_of
from tests.quality.conftest import login_cookies

pytestmark = [pytest.mark.django_db]

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"

DESKTOP, PHONE = 1366, 390
VIEWPORTS = {DESKTOP: {"width": DESKTOP, "height": 900}, PHONE: {"width": PHONE, "height": 844}}

# axe's violations, each rule with the elements it failed on (their CSS selectors).
RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map(rule => ({
    rule: rule.id,
    impact: rule.impact,
    help: rule.help,
    targets: rule.nodes.map(node => node.target.flat().join(" ")),
  }));
}"""

# Attributes whose value names other elements by their ids.
IDREF_ATTRIBUTES = [
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
    "aria-owns",
    "aria-activedescendant",
    "aria-errormessage",
    "aria-details",
    "for",
    "headers",
    "list",
]

# Every id an IDREF attribute names that no element of the document has.
DANGLING_IDREFS = """attributes => {
  const selector = element => {
    const steps = [];
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id) { steps.unshift("#" + CSS.escape(node.id)); break; }
      const siblings = [...node.parentElement.children].filter(other => other.tagName === node.tagName);
      const tag = node.tagName.toLowerCase();
      steps.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(node) + 1})` : tag);
    }
    return steps.join(" > ");
  };
  const dangling = [];
  for (const attribute of attributes) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      for (const id of element.getAttribute(attribute).split(/\\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) dangling.push({attribute, id, target: selector(element)});
      }
    }
  }
  return dangling;
}"""

# Both checks of a page, started without waiting: their results are awaited from `window.auditDone`.
START_CHECKS = f"""attributes => {{
  const dangling = ({DANGLING_IDREFS})(attributes);
  window.auditDone = ({RUN_AXE})().then(violations => [violations, dangling]);
}}"""


@dataclass
class Audit:
    """What one width's pass over the inventory found."""

    width: int
    pages: int = 0
    violations: list[str] = field(default_factory=list)
    dangling: list[str] = field(default_factory=list)


def _audit(browser, portal_url: str, entries, width: int, django_db_blocker) -> Audit:
    """Load every entry at one width and check it, two pages in turn: while the browser runs axe
    over one, the portal renders the next."""
    audit = Audit(width)
    # The portal's Content Security Policy refuses inline scripts, axe's among them: the context
    # lets the injected script run, and changes nothing else of what the page loads.
    context = browser.new_context(viewport=VIEWPORTS[width], bypass_csp=True)
    # axe, from the pinned package, in every document the context opens (sent to the browser once).
    context.add_init_script(path=str(AXE_SCRIPT))
    tabs = [context.new_page(), context.new_page()]
    signed_in_as = None
    checking = None  # the tab whose check runs, and its label

    def collect(tab, label):
        violations, dangling = tab.evaluate("window.auditDone")
        audit.violations.extend(
            f"{label}: {rule['rule']} ({rule['impact']}) on {target}: {rule['help']}"
            for rule in violations
            for target in rule["targets"]
        )
        audit.dangling.extend(
            f'{label}: {ref["attribute"]}="{ref["id"]}" on {ref["target"]} names no element'
            for ref in dangling
        )
        audit.pages += 1

    try:
        # Pages of one user together, so the context signs in once per user.
        ordered = sorted(entries, key=lambda entry: (entry.as_user or "", entry.name, entry.language))
        for entry in ordered:
            tab = tabs[1] if checking and checking[0] is tabs[0] else tabs[0]
            if entry.as_user != signed_in_as:
                if checking:  # its requests are done; only its check runs
                    collect(*checking)
                    checking = None
                context.clear_cookies()
                if entry.as_user:
                    with django_db_blocker.unblock():
                        context.add_cookies(login_cookies(entry.as_user))
                signed_in_as = entry.as_user
            label = f"{entry.label} at {width} px"
            response = tab.goto(portal_url + entry.path, wait_until="load")
            if response is None or response.status != entry.expected_status:
                audit.violations.append(f"{label}: answered {response and response.status}, not checked")
                continue
            tab.evaluate(START_CHECKS, IDREF_ATTRIBUTES)
            if checking:
                collect(*checking)
            checking = (tab, label)
        if checking:
            collect(*checking)
    finally:
        context.close()
    return audit


@pytest.fixture(scope="module")
def audits(browser, portal_url, inventory, django_db_blocker):
    """Both widths' findings over the whole inventory."""
    return {width: _audit(browser, portal_url, inventory, width, django_db_blocker) for width in VIEWPORTS}


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_axe_finds_no_violation(audits, inventory, width):
    audit = audits[width]
    assert not audit.violations, f"{len(audit.violations)} axe violations at {width} px:\n" + "\n".join(
        audit.violations
    )
    assert audit.pages == len(inventory), f"{audit.pages} of {len(inventory)} pages checked"


def test_every_idref_names_an_element_of_the_page(audits):
    dangling = sorted(set(audits[DESKTOP].dangling + audits[PHONE].dangling))
    assert not dangling, f"{len(dangling)} IDREFs point at nothing:\n" + "\n".join(dangling)


# The public forms with a hint or an error to announce: the page types that show them.
FORM_PAGES = ["case", "event open for registration", "subscribe"]


@pytest.mark.parametrize("name", FORM_PAGES)
def test_a_refused_forms_hints_and_errors_are_named_by_its_fields(client, inventory, name):
    """A form sent back with errors (a state the inventory's pages never reach) describes each field
    by its hint and its errors, under the ids Django's widgets name."""
    entry = next(entry for entry in inventory if entry.name == name and entry.language == "lv")
    form = element(client.get(entry.path), 'form[method="post"]:has([name="email"])')
    data = form_data(form)
    data["email"] = ["not-an-address"]
    response = client.post((form.get("action") or entry.path).split("#")[0], data)
    html = html_of(response)
    errors = element(html, "#id_email_error")
    assert errors.get_text(strip=True)
    assert "id_email_error" in element(html, "#id_email")["aria-describedby"].split()
    dangling = [
        f'{attribute}="{id_}" on <{found.name} id="{found.get("id", "")}">'
        for attribute in IDREF_ATTRIBUTES
        for found in html.select(f"[{attribute}]")
        for id_ in " ".join(found.get_attribute_list(attribute)).split()
        if not html.find(id=id_)
    ]
    assert not dangling, f"{entry.label}, sent with errors: " + "; ".join(dangling)
