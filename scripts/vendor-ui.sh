#!/bin/sh
# vendor-ui.sh fetches the web UI's one third-party library, uPlot (MIT), from
# the npm registry and copies its built files into the assets that
# internal/server embeds. The copies are committed, so building attache needs
# no network and no npm; run this script to re-create or update them.
#
#   scripts/vendor-ui.sh            # the pinned version below
#   UPLOT_VERSION=1.6.32 scripts/vendor-ui.sh
set -eu
cd "$(dirname "$0")/.."
version="${UPLOT_VERSION:-1.6.32}"
dest=internal/server/web/vendor
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "uplot@$version" >/dev/null)
tar -xzf "$tmp"/uplot-"$version".tgz -C "$tmp"
pkg="$tmp/package"
got="$(node -p "require('$pkg/package.json').version")"
lic="$(node -p "require('$pkg/package.json').license")"
[ "$got" = "$version" ] || { echo "vendor-ui: asked for uplot $version, got $got" >&2; exit 1; }

mkdir -p "$dest"
cp "$pkg/dist/uPlot.iife.min.js" "$dest/uPlot.iife.min.js"
cp "$pkg/dist/uPlot.min.css" "$dest/uPlot.min.css"
cp "$pkg/LICENSE" "$dest/uPlot.LICENSE"
{
	echo "uplot $got"
	echo "licence: $lic (see uPlot.LICENSE)"
	echo "source: https://www.npmjs.com/package/uplot/v/$got"
	echo "files: dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE"
	echo "sha256:"
	(cd "$dest" && sha256sum uPlot.iife.min.js uPlot.min.css uPlot.LICENSE | sed 's/^/  /')
} >"$dest/VERSION"
echo "vendor-ui: uplot $got ($lic) -> $dest"
