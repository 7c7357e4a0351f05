#!/bin/sh
# Install Leg Cramp Companion for you alone, under ~/.local (no administrator rights):
#   the program       ~/.local/lib/cramp-desktop/   (this folder, copied)
#   the command       ~/.local/bin/cramp-desktop    (a link to the program)
#   menu entry        ~/.local/share/applications/cramp-desktop.desktop
#   software centres  ~/.local/share/metainfo/org.legcrampcompanion.desktop.metainfo.xml
#   icons             ~/.local/share/icons/hicolor/*/apps/cramp-desktop.{png,svg}
# Run it again to update. ~/.local/lib/cramp-desktop/uninstall.sh removes all of it.
# Your records (~/.local/share/LegCrampCompanion) are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
app_dir="$HOME/.local/lib/cramp-desktop"
bin_dir="$HOME/.local/bin"
manifest="$app_dir/installed-files.txt"

if [ ! -x "$here/cramp-desktop" ]; then
    echo "install.sh: run it from the unpacked Leg Cramp Companion folder" >&2
    exit 1
fi

# The program: copied beside the old one, then swapped in, so a failed copy changes nothing.
if [ "$here" != "$app_dir" ]; then
    mkdir -p "$(dirname "$app_dir")"
    rm -rf "$app_dir.new"
    cp -R "$here" "$app_dir.new"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
fi

: > "$manifest.new"
place() {  # place SOURCE TARGET: copy a file and note it for uninstall.sh
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    echo "$2" >> "$manifest.new"
}

mkdir -p "$bin_dir"
ln -sfn "$app_dir/cramp-desktop" "$bin_dir/cramp-desktop"
echo "$bin_dir/cramp-desktop" >> "$manifest.new"

# The menu entry starts the program by its full path: ~/.local/bin is not always on PATH.
mkdir -p "$data_home/applications"
sed -e "s|^Exec=cramp-desktop|Exec=\"$app_dir/cramp-desktop\"|" \
    -e "s|^TryExec=cramp-desktop|TryExec=$app_dir/cramp-desktop|" \
    "$app_dir/share/applications/cramp-desktop.desktop" \
    > "$data_home/applications/cramp-desktop.desktop"
echo "$data_home/applications/cramp-desktop.desktop" >> "$manifest.new"
place "$app_dir/share/metainfo/org.legcrampcompanion.desktop.metainfo.xml" \
    "$data_home/metainfo/org.legcrampcompanion.desktop.metainfo.xml"
(cd "$app_dir/share/icons" && find hicolor -type f) | while IFS= read -r icon; do
    place "$app_dir/share/icons/$icon" "$data_home/icons/$icon"
done
mv "$manifest.new" "$manifest"

# Menus and icon caches pick the new files up at once where these tools exist.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
fi

echo "Leg Cramp Companion is installed in $app_dir."
echo "Start it from your applications menu, or with: $bin_dir/cramp-desktop"
echo "To remove it: $app_dir/uninstall.sh (your records are kept)."
