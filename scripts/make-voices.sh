#!/usr/bin/env bash
# Placeholder voices made with espeak-ng, to be replaced by recordings.
#
#   scripts/make-voices.sh [--force] [--jobs N] [--no-ambience] [SCENARIO…]
#
# SCENARIO is a built-in scenario id or a .ron file; none means every
# built-in scenario. For each one, `entretien voice-script ID --format csv`
# lists the lines; each line's text (never its cue) is spoken by espeak-ng
# in a voice of its own per character, gender and language, normalised with
# sox (mono, 22050 Hz, peak -3 dB, short fades) and encoded as Ogg Vorbis
# with oggenc, at the path the script names
# (`assets/audio/<id>/<lang>/<stem>.ogg` for a built-in scenario). The
# closing's shared phrases go to `assets/audio/closing/<lang>/`, and a
# built-in scenario gets a quiet room ambience, `assets/audio/<id>/ambience.ogg`.
#
# Safe to run again: a file is written only when it is missing, or when it is
# a placeholder made by this script for other words or another voice (each
# carries an ENTRETIEN_PLACEHOLDER tag). A file without that tag is a
# recording: it is never replaced (except with --force, which remakes every
# .ogg file) and never deleted; a placeholder is deleted when a recording
# with the same name in .wav arrives beside it. Placeholders whose line no
# longer exists are deleted, so `entretien check` reports no orphan.
#
#   --force         remake every file, recordings included
#   --jobs N        files made at once (default 2)
#   --no-ambience   leave the ambiences alone
#
# Needs espeak-ng, sox, soxi, oggenc and sha1sum. The binary is
# $ENTRETIEN when set, otherwise built with `cargo build` (debug).
set -euo pipefail

# Change to invalidate every placeholder (a new recipe, new voices).
readonly RECIPE=1

force=0
parallel=2
ambience=1
targets=()
while (($#)); do
    case $1 in
        --force) force=1 ;;
        --jobs) parallel=${2:?--jobs needs a number}; shift ;;
        --jobs=*) parallel=${1#--jobs=} ;;
        --no-ambience) ambience=0 ;;
        -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        -*) echo "make-voices: unknown option $1 (see --help)" >&2; exit 2 ;;
        *)
            # A file named relative to where we are, before we move.
            if [[ -f $1 ]]; then targets+=("$(realpath "$1")"); else targets+=("$1"); fi
            ;;
    esac
    shift
done
[[ $parallel =~ ^[1-9][0-9]*$ ]] || { echo "make-voices: --jobs needs a number" >&2; exit 2; }

for tool in espeak-ng sox soxi oggenc sha1sum; do
    command -v "$tool" >/dev/null || { echo "make-voices: $tool is missing" >&2; exit 2; }
done

cd "$(dirname "$0")/.."
if [[ -z ${ENTRETIEN:-} ]]; then
    cargo build --quiet --bin entretien
    ENTRETIEN=${CARGO_TARGET_DIR:-target}/debug/entretien
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------- CSV

# Reads one RFC 4180 record from stdin into the array REC; fails at the end.
# A quoted field may hold commas, doubled quotes and line breaks.
read_record() {
    local line rec quotes field
    IFS= read -r line || return 1
    rec=${line%$'\r'}
    quotes=${rec//[^\"]/}
    while ((${#quotes} % 2)); do
        IFS= read -r line || break
        rec+=$'\n'${line%$'\r'}
        quotes=${rec//[^\"]/}
    done
    REC=()
    while :; do
        if [[ $rec == \"* ]]; then
            [[ $rec =~ ^\"((\"\"|[^\"])*)\" ]] || return 1
            field=${BASH_REMATCH[1]}
            rec=${rec:${#BASH_REMATCH[0]}}
            REC+=("${field//\"\"/\"}")
        else
            field=${rec%%,*}
            rec=${rec:${#field}}
            REC+=("$field")
        fi
        [[ $rec == ,* ]] || break
        rec=${rec:1}
    done
}

# ---------------------------------------------------------------- voices

# Sets VOICE (espeak-ng voice+variant), PITCH (0-99), SPEED (words per
# minute) and GAP (pause between words, 10 ms units) for a speaker: the
# narrator and the closing a calm voice per language, the young person a
# younger, higher voice, every other character a voice of their own (the
# n-th adult of a gender in the scenario gets the n-th voice of that gender).
voice_for() {
    local lang=$1 kind=$2 who=$3 gender=$4 nth=$5 base
    case $lang in fr) base=fr-be ;; *) base=en-gb ;; esac
    GAP=0
    if [[ $kind == closing ]]; then
        VOICE=$base+f2 PITCH=42 SPEED=145 GAP=2
    elif [[ $who == narrator ]]; then
        VOICE=$base+m3 PITCH=38 SPEED=150 GAP=1
    elif [[ $who == young_person ]]; then
        case $gender in
            Masculine) VOICE=$base+m2 PITCH=72 SPEED=168 ;;
            Neutral) VOICE=$base+f5 PITCH=74 SPEED=168 ;;
            *) VOICE=$base+f4 PITCH=82 SPEED=170 ;;
        esac
    else
        local -a variants pitches speeds
        case $gender in
            Masculine) variants=(m1 m4 m6 m7) pitches=(40 30 48 35) speeds=(155 148 162 150) ;;
            Neutral) variants=(m5 f5 m2 f1) pitches=(55 50 58 52) speeds=(155 158 150 160) ;;
            *) variants=(f1 f3 f2 f5) pitches=(58 52 64 48) speeds=(158 152 162 150) ;;
        esac
        local i=$((nth % ${#variants[@]}))
        VOICE=$base+${variants[i]} PITCH=${pitches[i]} SPEED=${speeds[i]}
    fi
}

# Adjusts SPEED and PITCH a little for a mood (as written in scenario files).
mood_shift() {
    case $1 in
        Anxious) SPEED=$((SPEED + 15)) PITCH=$((PITCH + 4)) ;;
        Angry | Defiant) SPEED=$((SPEED + 10)) ;;
        Sad) SPEED=$((SPEED - 20)) PITCH=$((PITCH - 6)) ;;
        Hesitant) SPEED=$((SPEED - 15)) GAP=$((GAP + 2)) ;;
        Relieved) SPEED=$((SPEED - 5)) ;;
    esac
}

# The stamp of a placeholder: what it was made from.
stamp_of() { printf '%s\n' "$RECIPE" "$@" | sha1sum | cut -c1-16; }

# The ENTRETIEN_PLACEHOLDER tag of an .ogg file, empty for a recording.
stamp_in() { soxi -a "$1" 2>/dev/null | sed -n 's/^ENTRETIEN_PLACEHOLDER=//p'; }

# Whether OUT must be (re)made for STAMP: 0 yes, 1 no (a placeholder of the
# same words and voice), 2 no (a recording: a file without our tag).
needs() {
    local out=$1 stamp=$2 found
    [[ -e $out ]] || return 0
    [[ $out == *.ogg ]] || return 2
    ((force)) && return 0
    found=$(stamp_in "$out")
    [[ -n $found ]] || return 2
    [[ $found != "$stamp" ]] || return 1
}

# Encodes a WAV file as OUT (Ogg Vorbis), written whole or not at all.
encode() {
    local wav=$1 out=$2 stamp=$3 title=$4 part
    part=$(dirname "$out")/.$(basename "$out").part
    mkdir -p "$(dirname "$out")"
    # A fixed serial number: the same input gives the same bytes.
    oggenc -Q -q 1 -s "$((16#${stamp:0:7}))" -t "$title" \
        -c "ENTRETIEN_PLACEHOLDER=$stamp" -o "$part" "$wav" &&
        mv -f "$part" "$out"
}

# Speaks TEXT into OUT with the current VOICE, PITCH, SPEED and GAP.
speak() {
    local text=$1 out=$2 stamp=$3 title=$4 raw wav
    raw=$(mktemp -p "$tmp" raw.XXXXXX.wav) || return 1
    wav=$(mktemp -p "$tmp" voice.XXXXXX.wav) || return 1
    # Typographic spaces would be read as pauses or words.
    text=${text//$'\u202f'/ }
    text=${text//$'\u00a0'/ }
    printf '%s' "$text" |
        espeak-ng --stdin -v "$VOICE" -p "$PITCH" -s "$SPEED" -g "$GAP" -w "$raw" || return 1
    sox -R "$raw" -c 1 -r 22050 "$wav" norm -3 fade q 0.02 -0 0.08 pad 0.08 0.2 || return 1
    encode "$wav" "$out" "$stamp" "$title" || return 1
    rm -f "$raw" "$wav"
}

# ---------------------------------------------------------------- ambience

# A room of LEN seconds that loops without a seam, quiet and mono:
#   BED     a sox synthesis of CHANNELS channels mixed down to one (the
#           arguments after `sox -n FILE`), made LEN+2 seconds long; its
#           last 2 seconds are cross-faded into its first;
#   EVENT   one short sound (sox arguments), repeated every PERIOD seconds
#           (PERIOD divides LEN), much quieter than the bed; may be empty.
ambience_loop() {
    local out=$1 stamp=$2 title=$3 len=$4 channels=$5 period=$6
    local raw=$tmp/amb-raw.wav head=$tmp/amb-head.wav tail=$tmp/amb-tail.wav
    local body=$tmp/amb-body.wav bed=$tmp/amb-bed.wav one=$tmp/amb-one.wav
    local events=$tmp/amb-events.wav wav=$tmp/amb.wav x=2
    # Headroom, so that the cross-fade does not clip.
    sox -R -c "$channels" -r 22050 -n -b 16 -c 1 "$raw" "${BED[@]}" norm -12
    sox -R "$raw" "$head" trim 0 "$x" fade q "$x"
    sox -R "$raw" "$tail" trim "$len" "$x" fade q 0 -0 "$x"
    sox -R "$raw" "$body" trim "$x" "$((len - x))"
    sox -R -m -v 1 "$head" -v 1 "$tail" "$tmp/amb-cross.wav"
    sox -R "$tmp/amb-cross.wav" "$body" "$bed" norm -26
    if ((${#EVENT[@]})); then
        sox -R -n -r 22050 -c 1 -b 16 "$one" "${EVENT[@]}" norm -40
        # Pad the event to PERIOD seconds, then repeat it to fill LEN.
        sox -R "$one" "$events" pad 0 "$(awk -v p="$period" -v d="$(soxi -D "$one")" \
            'BEGIN { printf "%.4f", p - d }')" repeat "$((len / period - 1))"
        sox -R -m -v 1 "$bed" -v 1 "$events" "$wav" trim 0 "$len"
    else
        cp "$bed" "$wav"
    fi
    encode "$wav" "$out" "$stamp" "$title"
}

# The room of a built-in scenario, never with voices.
make_ambience() {
    local id=$1 out len=24 total channels period stamp
    out=assets/audio/$id/ambience.ogg
    total=$((len + 2))
    case $id in
        kelly-foyer)
            # The kitchen of a youth residential service, in the evening: a
            # dull room tone, the fridge humming, a tap dripping now and then.
            channels=3 period=6
            BED=(synth "$total" brownnoise sine 50 sine 100
                remix 1v0.45,2v0.03,3v0.015 lowpass 450 tremolo 0.25 6)
            EVENT=(synth 0.05 sine 1400:500 fade q 0.002 0.05 0.04 lowpass 2500)
            ;;
        camille-ecole)
            # A school office: ventilation, a wall clock ticking each second.
            channels=2 period=1
            BED=(synth "$total" pinknoise brownnoise
                remix 1v0.1,2v0.4 highpass 60 lowpass 1800)
            EVENT=(synth 0.008 whitenoise vol 0.5 highpass 2000 lowpass 6000 fade q 0.001 0.008 0.006)
            ;;
        lucie-urgences)
            # A hospital emergency room at night: air handling, the mains hum
            # of equipment, a monitor beeping far away every 3 seconds.
            channels=3 period=3
            BED=(synth "$total" pinknoise brownnoise sine 50
                remix 1v0.17,2v0.3,3v0.025 highpass 40 lowpass 3000)
            EVENT=(synth 0.12 sine 880 fade q 0.01 0.12 0.03)
            ;;
        *)
            echo "  no ambience for $id (not a built-in setting)" >&2
            return 0
            ;;
    esac
    stamp=$(stamp_of ambience "$id" "$len" "$channels" "$period" "${BED[*]}" "${EVENT[*]}")
    needs "$out" "$stamp" || return 0
    echo "  ambience: $out"
    ambience_loop "$out" "$stamp" "$id ambience" "$len" "$channels" "$period"
}

# ---------------------------------------------------------------- run

# The built-in scenarios' ids, from `entretien check --json`.
builtins() {
    "$ENTRETIEN" check --json |
        grep -o '"builtin:[a-z0-9_-]*\.ron"' |
        sed 's/"builtin:\(.*\)\.ron"/\1/' |
        grep -vx resources || true
}

# Placeholders in a folder whose line is not in the listed paths.
prune() {
    local dir=$1 listed=$2 file
    [[ -d $dir ]] || return 0
    for file in "$dir"/*.ogg; do
        [[ -e $file ]] || continue
        grep -qxF -- "$file" "$listed" && continue
        if [[ -n $(stamp_in "$file") ]]; then
            echo "  removed (no such line): $file"
            rm -f -- "$file"
        fi
    done
}

make_scenario() {
    local target=$1 csv=$tmp/script.csv listed=$tmp/listed
    echo "$target"
    "$ENTRETIEN" voice-script "$target" --format csv >"$csv"
    local -A nth=() counts=()
    local made=0 same=0 kept=0 header=1 status
    : >"$listed"
    : >"$tmp/failed"
    while read_record; do
        if ((header)); then
            header=0
            [[ ${REC[*]} == "line_id lang kind character_id character gender mood cue text path" ]] ||
                { echo "make-voices: unexpected CSV header: ${REC[*]}" >&2; exit 1; }
            continue
        fi
        local line_id=${REC[0]} lang=${REC[1]} kind=${REC[2]} who=${REC[3]}
        local gender=${REC[5]} mood=${REC[6]} text=${REC[8]} out=${REC[9]}
        # The n-th adult character of each gender, in order of appearance.
        if [[ $who != narrator && $who != young_person && -z ${nth[$who]:-} ]]; then
            counts[$gender]=$((${counts[$gender]:-0} + 1))
            nth[$who]=$((counts[$gender] - 1))
        fi
        voice_for "$lang" "$kind" "$who" "$gender" "${nth[$who]:-0}"
        mood_shift "$mood"
        printf '%s\n' "$out" >>"$listed"
        local stamp
        stamp=$(stamp_of "$VOICE" "$PITCH" "$SPEED" "$GAP" "$text")
        status=0
        needs "$out" "$stamp" || status=$?
        # A WAV recording beside a placeholder: the app would prefer the
        # placeholder (.ogg first), so the placeholder goes.
        if [[ $out == *.ogg && -e ${out%.ogg}.wav ]] && ((status != 2)); then
            [[ -e $out ]] && echo "  removed (a WAV recording replaces it): $out"
            rm -f -- "$out"
            kept=$((kept + 1))
            continue
        fi
        case $status in
            1) same=$((same + 1)); continue ;;
            2) kept=$((kept + 1)); echo "  kept (a recording): $out"; continue ;;
        esac
        while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
        { speak "$text" "$out" "$stamp" "$line_id ($lang)" || echo "$out" >>"$tmp/failed"; } &
        made=$((made + 1))
    done <"$csv"
    wait
    if [[ -s $tmp/failed ]]; then
        echo "make-voices: could not make:" >&2
        cat "$tmp/failed" >&2
        exit 1
    fi
    echo "  $made made, $same up to date, $kept recordings kept"
    # Placeholders whose line was renamed or removed go; recordings stay.
    sed -n 's#/[^/]*$##p' "$listed" | sort -u >"$tmp/dirs"
    while IFS= read -r dir; do
        prune "$dir" "$listed"
    done <"$tmp/dirs"
}

if ((${#targets[@]} == 0)); then
    mapfile -t targets < <(builtins)
fi
for target in "${targets[@]}"; do
    make_scenario "$target"
    if ((ambience)) && [[ ! -f $target ]]; then make_ambience "$target"; fi
done
