// Progressive enhancement only: every page works without this script.
import { initAll } from "./govuk-frontend.min.js";
import { initAll as initMoj } from "./moj-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
initMoj();

// Warn before an idle session ends. The server says how long the session has left (another tab
// may have used it meanwhile); staying signed in renews it without leaving the page.
const warning = Number(document.body.dataset.sessionWarningSeconds);
const banner = document.querySelector(".app-session-warning");

async function secondsLeft() {
  try {
    const answer = await fetch("/session/status", { credentials: "same-origin", cache: "no-store" });
    return answer.ok ? (await answer.json()).secondsLeft : 0;
  } catch {
    return null; // The platform cannot be reached: ask again later rather than sign out.
  }
}

async function check() {
  const left = await secondsLeft();
  if (left === null) {
    setTimeout(check, 30_000);
  } else if (left <= 0) {
    window.location.assign("/signed-out?timed-out=true");
  } else if (left <= warning) {
    banner.hidden = false;
    banner.focus();
    setTimeout(check, left * 1000);
  } else {
    banner.hidden = true;
    setTimeout(check, (left - warning) * 1000);
  }
}

if (banner && warning > 0) {
  const idle = Number(document.body.dataset.sessionIdleSeconds);
  setTimeout(check, (idle - warning) * 1000);
  banner.querySelector("a")?.addEventListener("click", async (event) => {
    event.preventDefault();
    const token = document.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
    await fetch("/session/keep-alive", { method: "POST", credentials: "same-origin", headers: { RequestVerificationToken: token } });
    banner.hidden = true;
    setTimeout(check, (idle - warning) * 1000);
  });
}
