#!/usr/bin/env bash
# Smoke test of what `make dist` built, run away from the checkout (the
# checkout is never looked at: the binaries must find their voices by
# themselves). For each part asked:
#   deb      installs dist/entretien_*.deb (dpkg -i, then apt-get -f for its
#            dependencies), runs `entretien check` and a scripted interview
#            from /usr/bin, checks that every voice it plays exists, starts
#            the app under Xvfb for a few seconds, then removes the package
#   tar      unpacks the Linux archive in a temporary folder and runs the
#            same check and interview from there
#   wine     runs the Windows program under Wine: `check` and the same
#            interview (Debian's Wine 8 lacks ProcessPrng, which the
#            standard Windows target needs: give the program built for
#            x86_64-win7-windows-gnu as WIN_EXE, see README "Packages")
# Usage: scripts/package-smoke.sh [deb] [tar] [wine]   (default: deb tar)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/dist
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(deb tar)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)
# The best answers of Kelly's interview, seed 1 (tests/golden/kelly-best-fr.golden).
keys=pas-sanction,besoins,medecin,soeur,objectif-soeur,observer,reconnaitre-besoin,merci-silence,transparence,merci-confiance,valider,annoncer,securite,plan-nuit,appeler-ce-soir,petit-pas,porte-cles,avec-elle,conclure
work=$(mktemp -d)
cd "$work"

# Runs `check` and the interview with the program given; every voice
# played must exist. The paths it prints are turned to this system's.
smoke() { # smoke NAME COMMAND...
    local name=$1; shift
    ENTRETIEN_DATA_DIR=$work/data-$name "$@" check > check.txt
    tail -1 check.txt
    ENTRETIEN_DATA_DIR=$work/data-$name "$@" play kelly-foyer --seed 1 --choose "$keys" --voices > play.txt
    local played missing=0
    played=$(grep -c "♪" play.txt || true)
    while read -r f; do
        f=${f%$'\r'}; f=${f#Z:}; f=${f//\\//}
        [ -f "$f" ] || { echo "missing voice: $f" >&2; missing=$((missing + 1)); }
    done < <(grep "♪" play.txt | sed 's/.*♪ //')
    echo "$name: check passed, $played voices played, $missing missing"
    [ "$played" -gt 0 ] && [ "$missing" = 0 ]
}

for part in "${parts[@]}"; do
    case $part in
        deb)
            deb=$(ls "$dist"/entretien_"$version"-*_amd64.deb | head -1)
            dpkg -i "$deb" >/dev/null 2>&1 || apt-get install -f -y -qq >/dev/null
            smoke deb /usr/bin/entretien
            Xvfb :97 -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
            sleep 1
            DISPLAY=:97 ENTRETIEN_DATA_DIR=$work/data-app /usr/bin/entretien & app=$!
            sleep 4
            kill -0 $app && echo "deb: the app runs under Xvfb" || { echo "the app stopped" >&2; exit 1; }
            kill $app $xvfb
            dpkg -r entretien >/dev/null
            ;;
        tar)
            tar -C "$work" -xzf "$dist/entretien-$version-linux-x86_64.tar.gz"
            smoke tar "$work/entretien-$version-linux-x86_64/entretien"
            ;;
        wine)
            exe=${WIN_EXE:?give the Windows program as WIN_EXE}
            unzip -q -o "$dist/entretien-$version-windows-x86_64.zip" -d "$work"
            folder=$work/entretien-$version-windows-x86_64
            cp "$exe" "$folder/entretien-test.exe"
            export WINEPREFIX=$work/wine WINEDEBUG=-all
            smoke wine /usr/lib/wine/wine64 "$folder/entretien-test.exe"
            ;;
        *) echo "usage: scripts/package-smoke.sh [deb] [tar] [wine]" >&2; exit 2 ;;
    esac
done
