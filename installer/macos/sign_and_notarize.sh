#!/usr/bin/env bash
# Sign the macOS app, or sign, notarise and staple its DMG.
#
#   installer/macos/sign_and_notarize.sh app "dist/Leg Cramp Companion.app"   (before dmgbuild)
#   installer/macos/sign_and_notarize.sh dmg dist/LegCrampCompanion-0.1.0-macos-arm64.dmg
#
# Identities come from the environment (CI takes them from repository secrets):
#   MACOS_SIGN_IDENTITY    "Developer ID Application: Name (TEAMID)", in the keychain
#   MACOS_NOTARY_PROFILE   a profile saved with `xcrun notarytool store-credentials`, or
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (an app-specific
#                          password)
# Without MACOS_SIGN_IDENTITY nothing is signed, and without notary credentials nothing
# is notarised: the script says so and exits 0, leaving an unsigned build that users
# open the first time with Control-click > Open (README, "Install").
set -euo pipefail

usage() {
    echo "usage: $0 app PATH.app | dmg PATH.dmg" >&2
    exit 2
}
[ $# -eq 2 ] || usage
kind=$1
target=$2
[ -e "$target" ] || { echo "sign_and_notarize: $target does not exist" >&2; exit 1; }

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "sign_and_notarize: MACOS_SIGN_IDENTITY is not set, so $target stays UNSIGNED" \
        "(PyInstaller's ad-hoc signature only). Gatekeeper will warn on first open."
    exit 0
fi

sign() {
    codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"
}

sign_app() {
    local app=$1
    # Inside out: every Mach-O file, then the Qt frameworks, then the app itself.
    # (`codesign --deep` is deprecated for signing and misses files outside bundles.)
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q 'Mach-O'; then
            sign "$file"
        fi
    done < <(find "$app/Contents" -type f ! -path '*.framework/*' -print0)
    while IFS= read -r -d '' framework; do
        sign "$framework"
    done < <(find "$app/Contents" -type d -name '*.framework' -print0)
    sign "$app"
    codesign --verify --strict --deep --verbose=2 "$app"
    echo "sign_and_notarize: signed $app as $MACOS_SIGN_IDENTITY"
}

notary_credentials() {
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        printf '%s\0' --keychain-profile "$MACOS_NOTARY_PROFILE"
    elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] \
        && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
        printf '%s\0' --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
            --password "$MACOS_NOTARY_PASSWORD"
    fi
}

sign_dmg() {
    local dmg=$1
    sign "$dmg"
    local credentials=()
    while IFS= read -r -d '' part; do credentials+=("$part"); done < <(notary_credentials)
    if [ ${#credentials[@]} -eq 0 ]; then
        echo "sign_and_notarize: no notary credentials (MACOS_NOTARY_PROFILE, or" \
            "MACOS_NOTARY_APPLE_ID + MACOS_NOTARY_TEAM_ID + MACOS_NOTARY_PASSWORD):" \
            "$dmg is signed but NOT notarised. Gatekeeper will warn on first open."
        return 0
    fi
    local result
    result=$(xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --output-format json)
    echo "$result"
    local status id
    status=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' <<<"$result")
    id=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$result")
    if [ "$status" != "Accepted" ]; then
        echo "sign_and_notarize: notarisation $status; Apple's log follows" >&2
        xcrun notarytool log "$id" "${credentials[@]}" >&2 || true
        exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    echo "sign_and_notarize: $dmg is signed, notarised and stapled"
}

case $kind in
    app) sign_app "$target" ;;
    dmg) sign_dmg "$target" ;;
    *) usage ;;
esac
