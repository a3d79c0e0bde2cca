#!/bin/sh
# Installs the Latvian dictionary that PostgreSQL's text search configuration `latvian` uses
# (apps/core/listings/textsearch.py): Debian's hunspell-lv, copied without diacritics into the
# tsearch_data folder of every PostgreSQL installed here as lv_lv_unaccent.dict and .affix.
#
# Without diacritics, because the configuration removes them (unaccent) before the dictionary
# reads a word: a reader who types "pasvaldiba" finds "pašvaldībām", and the base forms the
# dictionary gives are the same whichever way a word was typed. Run as root; safe to run again.
set -eu

if [ ! -f /usr/share/hunspell/lv_LV.dic ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hunspell-lv
fi

# Every letter with a diacritic in hunspell-lv 1.4, and the letter unaccent turns it into.
ACCENTED='ĀāČčĒēĢģĪīĶķĻļŅņōŠšŪūżŽž'
PLAIN='AaCcEeGgIiKkLlNnoSsUuzZz'

found=no
for data in /usr/share/postgresql/*/tsearch_data; do
    [ -d "$data" ] || continue
    found=yes
    LC_ALL=C.UTF-8 sed "y/$ACCENTED/$PLAIN/" /usr/share/hunspell/lv_LV.aff > "$data/lv_lv_unaccent.affix"
    LC_ALL=C.UTF-8 sed "y/$ACCENTED/$PLAIN/" /usr/share/hunspell/lv_LV.dic > "$data/lv_lv_unaccent.dict"
    echo "Latvian dictionary installed in $data"
done
if [ "$found" = no ]; then
    echo "No PostgreSQL server is installed here: nothing to do." >&2
fi
