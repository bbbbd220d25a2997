package org.aqea.dewiktionary;

import java.util.HashMap;
import java.util.Map;

/** Language names as the German Wiktionary writes them in {@code {{Sprache|...}}}, to ISO 639 codes. */
final class Languages {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        String table = """
                Deutsch=de Englisch=en Französisch=fr Spanisch=es Italienisch=it Portugiesisch=pt Russisch=ru
                Chinesisch=zh Japanisch=ja Arabisch=ar Niederländisch=nl Polnisch=pl Schwedisch=sv Tschechisch=cs
                Katalanisch=ca Latein=la Dänisch=da Norwegisch=no Bokmål=nb Nynorsk=nn Finnisch=fi Estnisch=et
                Ungarisch=hu Türkisch=tr Griechisch=el Altgriechisch=grc Neugriechisch=el Hebräisch=he Persisch=fa
                Hindi=hi Urdu=ur Bengalisch=bn Koreanisch=ko Vietnamesisch=vi Thai=th Indonesisch=id Malaiisch=ms
                Rumänisch=ro Bulgarisch=bg Serbisch=sr Kroatisch=hr Bosnisch=bs Slowenisch=sl Slowakisch=sk
                Ukrainisch=uk Weißrussisch=be Belarussisch=be Litauisch=lt Lettisch=lv Isländisch=is Färöisch=fo
                Irisch=ga Schottisch-Gälisch=gd Walisisch=cy Bretonisch=br Baskisch=eu Galicisch=gl Okzitanisch=oc
                Albanisch=sq Mazedonisch=mk Georgisch=ka Armenisch=hy Aserbaidschanisch=az Kasachisch=kk
                Usbekisch=uz Tatarisch=tt Mongolisch=mn Swahili=sw Afrikaans=af Esperanto=eo Ido=io Interlingua=ia
                Volapük=vo Luxemburgisch=lb Friesisch=fy Westfriesisch=fy Nordfriesisch=frr Saterfriesisch=stq
                Plattdeutsch=nds Niederdeutsch=nds Mittelniederdeutsch=gml Alemannisch=gsw Schweizerdeutsch=gsw
                Bairisch=bar Kölsch=ksh Pfälzisch=pfl Jiddisch=yi Althochdeutsch=goh Mittelhochdeutsch=gmh
                Altenglisch=ang Mittelenglisch=enm Altfranzösisch=fro Altnordisch=non Gotisch=got Sanskrit=sa
                Maltesisch=mt Rätoromanisch=rm Ladinisch=lld Sardisch=sc Korsisch=co Sizilianisch=scn
                Neapolitanisch=nap Venezianisch=vec Friaulisch=fur Aragonesisch=an Asturisch=ast
                Tagalog=tl Maori=mi Hawaiisch=haw Samoanisch=sm Tongaisch=to Quechua=qu Guaraní=gn Aymara=ay
                Nahuatl=nah Zulu=zu Xhosa=xh Yoruba=yo Igbo=ig Hausa=ha Amharisch=am Somali=so Kurdisch=ku
                Kurmandschi=kmr Paschtu=ps Tamil=ta Telugu=te Kannada=kn Malayalam=ml Marathi=mr Gujarati=gu
                Panjabi=pa Singhalesisch=si Nepalesisch=ne Tibetisch=bo Birmanisch=my Khmer=km Laotisch=lo
                Kirgisisch=ky Turkmenisch=tk Tadschikisch=tg Baschkirisch=ba Tschuwaschisch=cv Jakutisch=sah
                Inuktitut=iu Grönländisch=kl Sami=se Nordsamisch=se Manx=gv Kornisch=kw Krimtatarisch=crh
                Aramäisch=arc Koptisch=cop Akkadisch=akk Sumerisch=sux Hethitisch=hit Ägyptisch=egy Avestisch=ae
                Pali=pi Toki\u00A0Pona=tok Klingonisch=tlh Lateinisch=la Altirisch=sga Kaschubisch=csb
                Sorbisch=wen Obersorbisch=hsb Niedersorbisch=dsb Romani=rom Ossetisch=os Tschetschenisch=ce
                Abchasisch=ab Awarisch=av Lasisch=lzz Tschuktschisch=ckt Ewenkisch=evn Uigurisch=ug Kantonesisch=yue
                Min\u00A0Nan=nan Hakka=hak Wu=wuu Mandarin=cmn Indonesisch=id Javanisch=jv Sundanesisch=su
                Madagassisch=mg Fidschianisch=fj Tahitianisch=ty Bislama=bi Tok\u00A0Pisin=tpi Haitianisch=ht
                Papiamentu=pap Kreolisch=crp Sranantongo=srn Novial=nov Occidental=ie Lingua\u00A0Franca\u00A0Nova=lfn
                """;
        for (String pair : table.trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            CODES.put(pair.substring(0, equals).replace('\u00A0', ' '), pair.substring(equals + 1));
        }
    }

    private Languages() {
    }

    /** The code of a language name, or {@code null} when it is not in the table. */
    static String codeOf(String germanName) {
        return CODES.get(germanName.trim());
    }
}
