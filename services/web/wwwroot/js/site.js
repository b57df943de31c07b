// Progressive enhancement only: every page works without this script.
import { initAll } from "./govuk-frontend.min.js";
import { initAll as initMoj } from "./moj-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
initMoj();

// Warn before an idle session ends; following the banner's link keeps the session going.
const idle = Number(document.body.dataset.sessionIdleSeconds);
const warning = Number(document.body.dataset.sessionWarningSeconds);
const banner = document.querySelector(".app-session-warning");
if (banner && idle > warning) {
  setTimeout(() => { banner.hidden = false; banner.focus(); }, (idle - warning) * 1000);
  setTimeout(() => { window.location.assign("/signed-out?timed-out=true"); }, idle * 1000);
}
