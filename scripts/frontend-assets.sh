#!/usr/bin/env bash
# Rebuilds the web front end's styles and scripts from GOV.UK Frontend and Ministry of Justice
# Frontend, at the versions pinned in services/web/Styles/package.json. The output is committed
# (services/web/wwwroot), so building and running the system needs neither Node nor npm; run this
# only to change a version or services/web/Styles/site.scss.
set -euo pipefail
cd "$(dirname "$0")/../services/web"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp Styles/package.json "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --silent)
for sheet in site moj; do
  "$work/node_modules/.bin/sass" --no-source-map --style=compressed --quiet-deps --load-path="$work" \
    "Styles/$sheet.scss" "wwwroot/css/$sheet.css"
done
# The scripts are ES modules, loaded by wwwroot/js/site.js; their source maps are not shipped.
for script in govuk-frontend/dist/govuk/govuk-frontend.min.js @ministryofjustice/frontend/moj/moj-frontend.min.js; do
  sed 's|//# sourceMappingURL=.*$||' "$work/node_modules/$script" > "wwwroot/js/$(basename "$script")"
done
# The images the styles refer to, and no others (the GOV.UK crest and logos are not this service's).
rm -rf wwwroot/assets/images && mkdir -p wwwroot/assets/images
for image in $(cat wwwroot/css/*.css | grep -o 'url(/assets/images/[^)]*)' | sed 's|url(/assets/images/||; s|)$||' | sort -u); do
  cp "$work/node_modules/@ministryofjustice/frontend/moj/assets/images/$image" wwwroot/assets/images/ 2>/dev/null \
    || cp "$work/node_modules/govuk-frontend/dist/govuk/assets/images/$image" wwwroot/assets/images/
done
echo "Rebuilt services/web/wwwroot from the versions in services/web/Styles/package.json."
