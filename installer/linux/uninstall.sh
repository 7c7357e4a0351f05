#!/bin/sh
# Remove Leg Cramp Companion as install.sh put it under ~/.local: the program, the
# command, the menu entry, the metadata and the icons. Your records
# (~/.local/share/LegCrampCompanion: the data, backups, settings) are kept; delete that
# folder yourself only if you no longer want them.
set -eu

data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
app_dir="$HOME/.local/lib/cramp-desktop"
manifest="$app_dir/installed-files.txt"

if [ ! -f "$manifest" ]; then
    echo "uninstall.sh: Leg Cramp Companion is not installed in $app_dir" >&2
    exit 1
fi

# Only the files install.sh noted, and the command only while it still points here.
while IFS= read -r file; do
    case "$file" in
        */bin/cramp-desktop)
            if [ -L "$file" ] && [ "$(readlink "$file")" = "$app_dir/cramp-desktop" ]; then
                rm -f "$file"
            fi ;;
        *) rm -f "$file" ;;
    esac
done < "$manifest"
rm -rf "$app_dir"

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
fi

echo "Leg Cramp Companion was removed."
echo "Your records are kept in ${CRAMP_DESKTOP_DATA_DIR:-$data_home/LegCrampCompanion}."
