// Hungarian catalogue: informal «te», friendly shop talk. Nouns after numbers stay singular
// («3 vásárló»), so plural forms are rarely needed; suffixes after a percentage follow
// «százalék» («25%-a»), which holds for any number.
import type { Catalogue } from './en';

export const hu = {
  'app.title': 'regulars',
  'app.tagline':
    'Nézd meg, mely vásárlóid térnek vissza, kik hagyták abba a vásárlást, és honnan jön a bevételed — a fájlod sosem hagyja el ezt a böngészőt.',
  'start.drop': 'Húzd ide a vásárlások exportját (CSV, TSV, .gz vagy Excel .xlsx)',
  'start.choose': 'Fájl kiválasztása',
  'start.sample': 'Kipróbálom mintaadatokkal',
  'start.sampleNote':
    'Egy kitalált bútoráruház: {customers} vásárló öt év alatt – itt a vevők sokszor csak másfél év múlva térnek vissza.',
  'start.needs':
    'A fájlban rendelésenként vagy rendelési tételenként egy sor kell, benne a vásárlóval, a dátummal és az összeggel (vagy a mennyiséggel és az egységárral).',
  'start.engine.loading': 'Indul az elemzőmotor…',
  'start.engine.ready': 'Az elemzőmotor készen áll',
  'load.reading': '{name} beolvasása…',
  'load.progress': '{read} / {total}',
  'progress.inspect': 'Átnézzük az oszlopokat…',
  'progress.orders': 'A sorokból rendelések lesznek…',
  'progress.analyses': 'Kohorszok, RFM, inaktivitás és a 80/20-as görbe számítása…',
  'load.cancel': 'Mégse',
  'load.cancelled': '{name} betöltése megszakítva.',
  'load.failed': '{name} nem olvasható be: {reason}',
  'load.noPurchases':
    'egyik rendelés végösszege sem nagyobb nullánál, így nincs mit elemezni. Ellenőrizd az összeg oszlopot.',
  'map.title': 'Ellenőrizd az oszlopokat',
  'map.intro':
    'A nevek és az értékek alapján kitaláltuk, melyik oszlopban mi van. Javíts ki mindent, ami nem stimmel.',
  'map.none': '— nincs —',
  'map.confirm': 'Elemzés',
  'map.missing': 'Még hiányzik: {roles}',
  'map.need.customer':
    'Vásárló: válaszd ki az oszlopot, amely megmutatja, ki vásárolt (vásárlóazonosító, e-mail vagy név). Ha nincs ilyen oszlop, exportáld újra a fájlt úgy, hogy legyen benne: nélküle a vásárlások nem választhatók szét vásárlónként.',
  'map.need.date': 'Dátum: válaszd ki az oszlopot, amelyben az egyes rendelések napja van.',
  'map.need.amount':
    'Összeg: válaszd ki az oszlopot, amely megmutatja, mennyibe került egy rendelés vagy tétel, vagy válaszd a Mennyiség és az Egységár oszlopot.',
  'map.need.quantity':
    'Mennyiség: válaszd ki az oszlopot, amely megmutatja, hány darab van egy tételben (az egységár mellé).',
  'map.need.unit_price': 'Egységár: válaszd ki az oszlopot egy darab árával (a mennyiség mellé).',
  'map.preview': '{name} első sorai',
  'map.rows': '{rows} sor',
  'map.sampled': 'az első {rows} sor (az elemzéskor a teljes fájl beolvasásra kerül)',
  'map.datesAmbiguous':
    'A dátumoszlopban minden nap 12 vagy kisebb, így lehet nap/hónap és hónap/nap is. Melyik a helyes?',
  'map.dateAs': '{example} jelentése: {date}',
  'map.preset': 'Felismertük: {preset}. Nézd át lent az oszlopokat, aztán indítsd az elemzést.',
  'preset.shopify-orders': 'Shopify rendelésexport',
  'preset.stripe-payments': 'Stripe fizetésexport',
  'preset.etsy-sold-orders': 'Etsy eladott rendelések exportja',
  'preset.paypal-activity': 'PayPal-tevékenységek letöltése',
  'preset.uci-online-retail': 'Online Retail számlák (UCI)',
  'preset.woocommerce-orders': 'WooCommerce rendelésexport',
  'preset.square-transactions': 'Square tranzakcióexport',
  'map.encoding': 'Karakterkódolás',
  'map.encodingDetected': '{encoding} (felismert)',
  'map.encodingHint': 'Ha lent, az első sorokban furcsák a betűk, válassz másik kódolást.',
  'map.sheet': 'Munkalap',
  'map.headerless':
    'A fájl első sora adat, nem oszlopnév, ezért az oszlopokat megszámoztuk. Az alábbi első sorokból látod, melyik oszlopban mi van.',
  'encoding.utf-8': 'UTF-8 (Unicode)',
  'encoding.utf-16le': 'UTF-16 little-endian (Unicode)',
  'encoding.utf-16be': 'UTF-16 big-endian (Unicode)',
  'encoding.windows-1252': 'Windows-1252 (nyugat-európai)',
  'encoding.windows-1250': 'Windows-1250 (közép-európai: magyar, román)',
  'encoding.iso-8859-2': 'ISO-8859-2 (közép-európai, Latin-2)',
  'encoding.windows-1253': 'Windows-1253 (görög)',
  'encoding.windows-1256': 'Windows-1256 (perzsa, arab)',
  'role.customer': 'Vásárló',
  'role.date': 'Dátum',
  'role.amount': 'Összeg',
  'role.quantity': 'Mennyiség',
  'role.unit_price': 'Egységár',
  'role.order': 'Rendelésazonosító',
  'role.status': 'Állapot',
  'role.currency': 'Pénznem',
  'role.country': 'Ország',
  'role.product': 'Termék',
  'role.refund': 'Visszatérített összeg',
  'role.channel': 'Értékesítési csatorna',
  'role.discount': 'Kedvezménykód',
  'summary.title': 'Az adataid',
  'summary.rows': 'Beolvasott sorok',
  'summary.skipped': 'Kihagyott sorok',
  'summary.orders': 'Rendelések',
  'summary.customers': 'Vásárlók',
  'summary.revenue': 'Nettó bevétel',
  'summary.range': '{first} – {last}',
  'summary.asOf': 'Viszonyítási nap: {date}',
  'skipped.title': 'Kihagyott sorok',
  'skipped.intro':
    'Ezeket a sorokat nem használtuk fel. Javítsd ki őket a fájlban, és töltsd be újra, hogy ezek is beleszámítsanak.',
  'skipped.row': 'Sor',
  'skipped.column': 'Oszlop',
  'skipped.value': 'Érték',
  'skipped.reason.customer': 'nincs vásárló',
  'skipped.reason.date': 'olvashatatlan dátum',
  'skipped.reason.amount': 'olvashatatlan összeg',
  'skipped.reason.status': 'az állapota szerint nem eladás',
  'skipped.reason.unreadable': 'a sor nem olvasható',
  'skipped.fileLines': 'a fájl {lines}. sora',
  'table.scrolls': 'Táblázat; oldalra görgethető',
  'skipped.reason': 'Részletek',
  'skipped.download': 'Kihagyott sorok letöltése',
  'skipped.more': 'és még {count}',
  'cohorts.title': 'Visszatérnek az új vásárlók?',
  'cohorts.finding':
    'Az új vásárlók átlagosan {share}-a vásárol újra az első vásárlását követő hónapban.',
  'cohorts.cohort': 'Első vásárlás',
  'cohorts.offset': 'Hónapok az első vásárlás óta',
  'cohorts.offset.week': 'Hetek az első vásárlás óta',
  'cohorts.offset.quarter': 'Negyedévek az első vásárlás óta',
  'cohorts.size': 'Vásárlók',
  'cohorts.active': 'Aktív vásárlók',
  'cohorts.incomplete': 'Ez az időszak még nem zárult le ({period}): a számai még nőhetnek.',
  'cohorts.period': 'Időszak',
  'cohorts.view': 'Megjelenítés',
  'cohorts.view.heatmap': 'Hőtérkép',
  'cohorts.view.curves': 'Görbék',
  'cohorts.metric': 'Mutató',
  'cohorts.metric.retention': 'Vásárlók aránya',
  'cohorts.metric.customers': 'Vásárlók száma',
  'cohorts.metric.revenue': 'Bevétel a csoport egy vásárlójára',
  'cohorts.metric.cumulative': 'Halmozott bevétel a csoport egy vásárlójára',
  'cohorts.unbounded': 'Az abban vagy bármely későbbi időszakban történt vásárlás is számít',
  'cohorts.mean': 'Súlyozott átlag',
  'cohorts.incompleteMark': 'Le nem zárult időszak',
  'cohorts.unfinishedCell': '{value} (még nem zárult le)',
  'cohorts.click': 'Kattints egy négyzetre, és megmutatjuk, ki tért vissza és ki nem.',
  'cohorts.square.returned': 'A {cohort} csoport vásárlói, akik {when} vásároltak',
  'cohorts.square.missing': 'A {cohort} csoport vásárlói, akik {when} nem vásároltak',
  'cohorts.later.month': '{k} hónappal később',
  'cohorts.later.week': '{k} héttel később',
  'cohorts.later.quarter': '{k} negyedévvel később',
  'cohorts.orLater.month': '{k} vagy több hónappal később',
  'cohorts.orLater.week': '{k} vagy több héttel később',
  'cohorts.orLater.quarter': '{k} vagy több negyedévvel később',
  'cohorts.show.returned': 'Visszatértek',
  'cohorts.show.missing': 'Nem tértek vissza',
  'cohorts.close': 'Lista bezárása',
  'cohorts.explain.heatmap':
    'Minden sor azoknak a vásárlóknak a csoportja, akik ugyanabban az időszakban vásároltak először; az oszlopok az első vásárlás óta eltelt időszakokat számolják.',
  'cohorts.explain.curves':
    'Minden vékony vonal azoknak a vásárlóknak a csoportja, akik ugyanabban az időszakban vásároltak először; a vastag vonal az átlaguk, a csoportok méretével súlyozva. Vízszintesen: az első vásárlás óta eltelt időszakok.',
  'cohorts.explain.retention':
    'A szám a csoport azon része, amely ennyi időszakkal később újra vásárolt.',
  'cohorts.explain.customers':
    'A szám a csoport azon vásárlóinak száma, akik abban az időszakban vásároltak.',
  'cohorts.explain.revenue':
    'A szám a csoport bevétele abban az időszakban, elosztva a csoport vásárlóinak számával.',
  'cohorts.explain.cumulative':
    'A szám a csoport bevétele az első időszakától addig, elosztva a csoport vásárlóinak számával.',
  'cohorts.explain.why':
    'Egy vásárlót megtartani olcsóbb, mint újat szerezni: figyeld az első vásárlás utáni első időszakokat.',
  'cohorts.dense':
    'Túl sok a négyzet ahhoz, hogy a számok elférjenek: vidd az egeret egy négyzetre a számáért, válaszd a görbéket, vagy nyisd meg a diagram alatt „A számok megjelenítése” részt.',
  'period.month': 'Hónap',
  'period.week': 'Hét',
  'period.quarter': 'Negyedév',
  'list.customer': 'Vásárló',
  'list.lastPurchase': 'Utolsó vásárlás',
  'list.daysSince': 'Eltelt napok',
  'list.purchases': 'Vásárlások',
  'list.revenue': 'Bevétel',
  'list.usualGap': 'Szokásos kihagyás',
  'list.days': '{days} nap',
  'list.download': 'CSV letöltése',
  'list.empty': 'Itt nincs senki.',
  'list.more': '{shown} / {total} látható — mutass többet',
  'rfm.title': 'Ki mennyit ér?',
  'rfm.explain':
    'Minden vásárló három pontszámot kap 1-től 5-ig (az 5 a legjobb): milyen régen vásárolt (R), milyen gyakran (F) és mennyit költött (M). A frissesség és a gyakoriság alapján kerül egy szegmensbe. Azokra a szegmensekre szánd az idődet, amelyek a bevételt hozzák, és szerezd vissza az értékes vásárlókat, mielőtt elpártolnak.',
  'rfm.finding': '„{segment}”: a vásárlóid {customers}-a hozza a bevételed {share}-át.',
  'rfm.show': 'Mutasd',
  'rfm.customers': 'Vásárlók',
  'rfm.revenue': 'Bevétel',
  'rfm.share': 'Arány',
  'rfm.segment': 'Szegmens',
  'rfm.recency': 'Frissesség (5 = legutóbb vásárolt)',
  'rfm.frequency': 'Gyakoriság (5 = a leggyakrabban vásárol)',
  'rfm.gridLabel': 'Vásárlók frissesség és gyakoriság szerint',
  'rfm.avgRecency': 'Átl. eltelt napok',
  'rfm.avgFrequency': 'Átl. vásárlások',
  'rfm.avgMonetary': 'Átl. bevétel',
  'rfm.scores': 'R-F-M',
  'rfm.pick':
    'Válassz egy szegmenst a táblázatban, és megmutatjuk a vásárlóit, a legértékesebbekkel kezdve.',
  'rfm.pickSquare': 'Vagy kattints a rács egy négyzetére, hogy csak az ő vásárlóit lásd.',
  'rfm.squareList': '{segment}: R {r}, F {f}',
  'rfm.tied':
    'Egy vásárlónak sincs {scores} pontszáma: {customers} vásárló holtversenyben van a(z) {score} pontszámon ({meaning}), és az egyenlő értékek mindig ugyanazt a pontszámot kapják.',
  'rfm.dimension.r': 'Frissesség (R): az utolsó vásárlás óta eltelt napok',
  'rfm.dimension.f': 'Gyakoriság (F): a vásárlások száma',
  'rfm.dimension.m': 'Érték (M): nettó bevétel',
  'rfm.meaning.r.one': '{min} napja vásárolt',
  'rfm.meaning.r.range': '{min}–{max} napja vásárolt',
  'rfm.meaning.f.one': '{min} vásárlás',
  'rfm.meaning.f.range': '{min}–{max} vásárlás',
  'rfm.meaning.m.one': 'költés: {min}',
  'rfm.meaning.m.range': 'költés: {min}–{max}',
  'segment.champions': 'Bajnokok',
  'segment.loyal': 'Hűséges vásárlók',
  'segment.potential_loyalists': 'Leendő törzsvásárlók',
  'segment.new_customers': 'Új vásárlók',
  'segment.promising': 'Ígéretesek',
  'segment.need_attention': 'Figyelmet kérnek',
  'segment.about_to_sleep': 'Elszunnyadók',
  'segment.at_risk': 'Veszélyben',
  'segment.cant_lose': 'Őket nem veszítheted el',
  'segment.hibernating': 'Téli álmot alvók',
  'segment.champions.advice':
    'A legjobb vásárlóid: nemrég és gyakran vásároltak. Köszönd meg nekik, kérj tőlük értékelést és ajánlást, és hadd próbálják ki elsőként az új termékeket.',
  'segment.loyal.advice':
    'Gyakran vásárolnak. Jutalmazd őket (egy törzsvásárlói kedvezménnyel, egy kézzel írt üzenettel), és ajánld nekik azt, ami illik ahhoz, amit már vesznek.',
  'segment.potential_loyalists.advice':
    'Friss vásárlók, akik már többször is vásároltak. Egy hűségkártya vagy egy jól időzített ajánlat törzsvásárlóvá teheti őket.',
  'segment.new_customers.advice':
    'Nemrég vásároltak először. A következő néhány hét dönti el, visszajönnek-e: fogadd őket kedvesen, és adj okot a visszatérésre.',
  'segment.promising.advice':
    'Viszonylag friss, egyszeri vásárlók. Tartsd velük a kapcsolatot valami hasznossal; egy kis ösztönző a második rendeléshez jól működik.',
  'segment.need_attention.advice':
    'Jó vásárlók, akiknek az utolsó vásárlása egyre régebbi. Egy jókor érkező, személyes ajánlat visszahozhatja őket, mielőtt elsodródnak.',
  'segment.about_to_sleep.advice':
    'Kevés vásárlás, az is régen. Emlékeztesd őket arra, ami tetszett nekik; egy jól megválasztott ajánlás keveset kóstál.',
  'segment.at_risk.advice':
    'Többször vásároltak, de már régóta nem jártak nálad. Keresd meg őket személyesen: tudd meg, mi történt, és könnyítsd meg a visszatérést.',
  'segment.cant_lose.advice':
    'Régen ők voltak a leghűségesebb vásárlóid, mostanában viszont nem hallani felőlük. Hívd fel őket: mindegyikük megér egy személyes erőfeszítést.',
  'segment.hibernating.advice':
    'Kevés vásárlás, régen. Vedd fel őket az általános kampányaidba, de ne költs rájuk sokat.',
  'inactivity.title': 'Kik hagyták abba a vásárlást?',
  'inactivity.window': 'Időablak (hónap)',
  'inactivity.finding': {
    by: 'lapsed',
    one: '{lapsed} vásárló nem vásárolt az elmúlt {months} hónapban; ő hozta a teljes bevételed {revenue}-át.',
    other:
      '{lapsed} vásárló nem vásárolt az elmúlt {months} hónapban; ők hozták a teljes bevételed {revenue}-át.',
  },
  'inactivity.explain':
    'Aktív, aki {date} után vásárolt; aki nem, az lemorzsolódott. Az értékes lemorzsolódott vásárlók felhívása a legolcsóbb módja, hogy visszaszerezd a bevételt: kezdd a lista elején.',
  'inactivity.active': 'Aktív',
  'inactivity.lapsed': 'Lemorzsolódott',
  'inactivity.customers': 'Vásárlók',
  'inactivity.share': 'A vásárlók aránya',
  'inactivity.revenue': 'Teljes bevétel',
  'inactivity.revenueShare': 'A bevétel aránya',
  'inactivity.ordersPerCustomer': 'Vásárlás vásárlónként',
  'inactivity.aov': 'Átlagos kosárérték',
  'inactivity.medianDays': 'Az utolsó vásárlás óta eltelt napok mediánja',
  'inactivity.overTime': 'A lemorzsolódott vásárlók aránya hónapról hónapra',
  'inactivity.month': 'Hónap',
  'inactivity.lapsedShare': 'Lemorzsolódott',
  'inactivity.lapsedList': 'Lemorzsolódott vásárlók, a legértékesebbekkel kezdve',
  'inactivity.overdueExplain':
    'Minden bolt más: ha egy kávézó törzsvendége három hete nem jön, az figyelmeztető jel, de ha egy bútorvásárló egy év múlva tér vissza, az teljesen rendben van. Ezek a vásárlók legalább két különböző napon vásároltak, és most már sokkal tovább maradnak távol, mint a saját szokásos kihagyásuk.',
  'inactivity.factor': 'Késésben van, ha a szokásos kihagyás ennyiszeresénél (×) tovább vár',
  'inactivity.overdueList': 'Késésben a saját ritmusukhoz képest',
  'inactivity.overdueRatio': 'Várakozás × szokásos kihagyás',
  'inactivity.order': 'Sorrend',
  'inactivity.byRevenue': 'A legértékesebbek elöl',
  'inactivity.byLostValue': 'A legnagyobb várható veszteség elöl',
  'inactivity.lapsedListByLost':
    'Lemorzsolódott vásárlók, a legnagyobb várható veszteséggel kezdve',
  'list.alive': 'Valószínűleg még aktív',
  'list.lostValue': 'Várható veszteség',
  'predict.title': 'Ki vásárol még nálad?',
  'predict.fitting': 'A modell illesztése a vásárlóidra…',
  'predict.failed': 'Az előrejelzéseket nem sikerült kiszámítani: {reason}',
  'predict.explain':
    'Minden vásárló a saját tempójában vásárol, és bármelyik vásárlás után elmaradhat (Fader, Hardie és Lee BG/NBD-modellje, 2005). Mindenki előzményeiből a modell megtanulja, mennyire rendszeresek a vásárlóid és milyen gyakran maradnak el, így egy gyakori vásárló hallgatása többet jelent, mint egy alkalmi vásárlóé.',
  'predict.tooFew':
    'Csak {repeat} vásárló vásárolt egynél több napon, pedig legalább {needed} kell ahhoz, hogy a modell megtanulja, hogyan térnek vissza és hogyan maradnak el a vásárlóid. Az előrejelzések akkor jelennek meg, ha hosszabb lesz az előzmény.',
  'predict.notConverged':
    'A modell nem jutott stabil eredményre ezeken az adatokon, ezért megbízhatatlan előrejelzések helyett inkább semmit sem mutatunk.',
  'predict.implausible':
    'A modell eredménye ezeken az adatokon szélsőséges értékekbe futott, ezért megbízhatatlan előrejelzések helyett inkább semmit sem mutatunk.',
  'predict.spendHidden':
    'A költést ezeken az adatokon nem lehetett megbízhatóan modellezni, ezért a vásárlói élettartamérték rejtve marad.',
  'predict.finding':
    'Az egynél több napon vásárló {judged} vásárlóból {active} valószínűleg még aktív (inkább vásárol újra, mint nem).',
  'predict.expected':
    'A mostani vásárlóidtól várhatóan {d30} vásárlás jön a következő 30 napban, {d90} 90 nap alatt és {d365} egy év alatt.',
  'predict.clv':
    'Várható értékük a következő 12 hónapban: {clv}, a jövőbeli hónapokat havi {rate} diszkontrátával számolva.',
  'predict.oneTime':
    'Az egyszer vásárlókat nem soroljuk sem az aktívak, sem az elvesztettek közé: még nincs ritmusuk, amelyhez a hallgatásukat mérni lehetne.',
  'predict.discount': 'Havi diszkontráta (%)',
  'predict.params': 'A modell paraméterei',
  'predict.purchaseModel': 'Vásárlások (BG/NBD, idő napokban)',
  'predict.spendModel': 'Költés (Gamma-Gamma)',
  'predict.logLikelihood': 'Log-likelihood',
  'predict.status': 'Illesztés',
  'predict.converged': 'konvergált',
  'predict.notSettled': 'nem konvergált',
  'predict.aliveChart':
    'Annak valószínűsége, hogy még aktív, az utolsó vásárlás óta eltelt napok szerint',
  'predict.aliveFor':
    'Azokra a vásárlókra, akik {days} napja vásároltak először (ez jellemző a visszatérő vásárlóidra).',
  'predict.daysSince': 'Napok az utolsó vásárlás óta',
  'predict.alive': 'Valószínűleg még aktív',
  'predict.purchases': '{purchases} vásárlás',
  'predict.holdoutTitle': 'Megbízhatsz benne? Az előrejelzés és a valóság',
  'predict.holdoutFinding':
    'Csak a(z) {end} napig történt vásárlásokból tanulva a modell {predicted} vásárlást jelzett előre ezektől a vásárlóktól a következő {days} napra; valójában {actual} lett.',
  'predict.holdoutHidden':
    'A(z) {end} napig tartó előzmény nem elég az előrejelzés ellenőrzéséhez.',
  'predict.calibrationEnd': 'Tanulás a vásárlásokból eddig a napig',
  'predict.holdoutX': 'Ismételt vásárlások az ellenőrzés napjáig',
  'predict.holdoutY': 'Vásárlások vásárlónként utána',
  'predict.actual': 'Tényleges',
  'predict.forecast': 'Előrejelzés',
  'pareto.title': 'Mennyire koncentrált a bevételed?',
  'pareto.finding':
    'A vásárlóid legjobb 20%-a hozza a bevételed {share}-át; a bevétel 80%-át a vásárlók {customers}-a adja.',
  'pareto.explain':
    'A vásárlók a legértékesebbtől a legkevésbé értékesig sorakoznak. Minél meredekebb a görbe, annál inkább néhány emberen múlik a bevételed: bánj velük VIP-ként, és tudd, kik ők.',
  'pareto.customers': 'A vásárlók aránya (a legértékesebbekkel kezdve)',
  'pareto.revenue': 'A nettó bevétel aránya',
  'pareto.top20': 'A vásárlók legjobb 20%-ától származó bevétel',
  'pareto.for80': 'A bevétel 80%-át hozó vásárlók',
  'pareto.vips': 'VIP-k: a vásárlóid legjobb 20%-a',
  'cell.kind.first-order': 'Első rendelések',
  'landing.first-order':
    'Visszajönnek-e azok a vevők, akik egy termékkel, egy országból vagy egy csatornán keresztül kezdtek, és mennyit érnek egy év múlva.',
  'firstOrder.title': 'Mely új vevőket érdemes megnyerni?',
  'firstOrder.by': 'Csoportosítás',
  'firstOrder.by.product': 'Az első rendelés terméke',
  'firstOrder.by.country': 'Ország',
  'firstOrder.by.column': '„{column}” oszlop',
  'firstOrder.explain':
    'A vevők aszerint kerülnek csoportba, mi volt az első vásárlási napjukon: akinek az első rendelésében két termék volt, mindkét csoportban szerepel. A {top} leggyakoribb érték külön csoportot kap, a többi együtt szerepel. Az arányok csak azokat a vevőket számolják, akik elég régóta vásárlók az időszakhoz, a vevőnkénti bevétel pedig csak azokat, akiknek az első vásárlása legalább ennyi hónapja volt.',
  'firstOrder.group': 'Első rendelés',
  'firstOrder.customers': 'Vevők',
  'firstOrder.within': 'Visszatért ennyi időn belül',
  'firstOrder.month': 'Újra vásárolt ebben a hónapban',
  'firstOrder.revenue': 'Bevétel vevőnként ennyi idő után',
  'firstOrder.months': '{months} hónap',
  'firstOrder.active': 'Még aktív ({months} hónap)',
  'firstOrder.value': 'Várható érték, következő 12 hónap',
  'firstOrder.valueExplain':
    'Az előrejelzés szerinti várható érték vevőnként a következő 12 hónapban (a jövőbeli hónapokat diszkontálva), a csoport előrejelzéssel rendelkező vevőinek átlaga.',
  'firstOrder.valueOf': {
    by: 'count',
    one: 'Átlag {count} előrejelzéssel rendelkező vevőre',
    other: 'Átlag {count} előrejelzéssel rendelkező vevőre',
  },
  'firstOrder.small': 'Túl kevés vevő a következtetéshez (kevesebb, mint {min})',
  'firstOrder.all': 'Minden vevő',
  'firstOrder.other': 'Egyéb',
  'firstOrder.none': 'Nincs',
  'firstOrder.chart': 'Újra vásárlók aránya az első vásárlás óta eltelt hónapok szerint',
  'firstOrder.chart.x': 'Hónapok az első vásárlás óta',
  'firstOrder.chart.y': 'Abban a hónapban újra vásárolt',
  'firstOrder.incomplete':
    'Üres pontok: vevőik legalább fele a(z) {period} időszakba esik, amely még nem zárult le.',
  'firstOrder.overlap': {
    by: 'count',
    one: '{count} vevőnek több értéke volt az első napon, és mindegyik ilyen csoportban szerepel.',
    other:
      '{count} vevőnek több értéke volt az első napon, és mindegyik ilyen csoportban szerepelnek.',
  },
  'firstOrder.list': 'Vevők: {group}',
  'firstOrder.show': 'Vevők',
  'firstOrder.close': 'Lista bezárása',
  'firstOrder.noColumn': 'Ebben a fájlban nincs ehhez oszlop: válasszon más csoportosítást.',
  'firstOrder.standout.more':
    '{who}: {days} napon belül gyakrabban tértek vissza, mint a többiek ({share}, szemben ezzel: {rest}).',
  'firstOrder.standout.less':
    '{who}: {days} napon belül ritkábban tértek vissza, mint a többiek ({share}, szemben ezzel: {rest}).',
  'firstOrder.standout.none':
    'Egyik csoport sem tér vissza {days} napon belül sokkal gyakrabban vagy ritkábban, mint a többiek (összesen {share}).',
  'firstOrder.standout.few':
    'Még túl kevés vevő van az egyes csoportokban az összehasonlításhoz (legalább {min} kell).',
  'firstOrder.standout.young':
    'Még egyetlen első vásárlás sem {days} napos: túl korai látni, ki jön vissza.',
  'firstOrder.who.all': 'Minden vevő',
  'firstOrder.who.product': 'Azok a vevők, akiknek az első rendelésében szerepelt: {value}',
  'firstOrder.who.country': 'A(z) {value} országból érkező vevők',
  'firstOrder.who.column':
    'Azok a vevők, akiknek az első rendelésében a(z) {column} értéke „{value}” volt',
  'firstOrder.who.other.product':
    'Azok a vevők, akiknek az első rendelésében a {top} legnépszerűbb termék egyike sem szerepelt',
  'firstOrder.who.other.country': 'A többi országból érkező vevők',
  'firstOrder.who.other.column':
    'Azok a vevők, akiknek az első rendelésében más volt a(z) {column} értéke',
  'firstOrder.who.none.product':
    'Azok a vevők, akiknek az első rendelésében nincs megnevezett termék',
  'firstOrder.who.none.country': 'Azok a vevők, akiknek az első rendelésében nincs ország',
  'firstOrder.who.none.column': 'Azok a vevők, akiknek az első rendelésében nincs {column}',
  'repeat.title': 'Visszajönnek, akik először vásároltak?',
  'repeat.finding': 'Az új vásárlók {share}-a {days} napon belül újra vásárolt.',
  'repeat.explain':
    'Az első vásárlás utáni hetek döntik el, hogy egy vásárló visszatér-e; ilyenkor a legérdemesebb megkeresni. Minden időablakba csak azok a vásárlók számítanak bele, akiknek az első vásárlása elég régen volt.',
  'repeat.within': 'Visszatért ennyi időn belül',
  'repeat.eligible': 'Elég régi vásárlók',
  'repeat.returned': 'Visszatért',
  'repeat.rate': 'Arány',
  'repeat.median': {
    by: 'customers',
    one: 'Az egyetlen visszatérő vásárló {days} nap után vásárolt újra.',
    other: 'A visszatérők {days} nap után vásároltak újra (medián; {customers} vásárló).',
  },
  'repeat.days': 'Napok az első és a második vásárlás között',
  'repeat.customers': 'Vásárlók',
  'repeat.share': 'A visszatérők aránya',
  'repeat.bin': '{from}–{to} nap',
  'repeat.binOpen': '{from} nap vagy több',
  'repeat.chart': 'Napok a második vásárlásig (a 21–30. nap kiemelve)',
  'repeatCohorts.title': 'Gyorsabban térnek vissza az újabb vásárlók?',
  'repeatCohorts.explain':
    'Azoknak az aránya, akik 30, 60, 90 és 180 napon belül újra vásároltak, az első vásárlásuk hónapja szerint. Minden szám csak azokat a vásárlókat veszi figyelembe, akiknek az első vásárlása elég régen volt az adott időablakhoz, ezért a legutóbbi hónapoknál a hosszabb ablakokhoz még nincs adat.',
  'repeatCohorts.month': 'Az első vásárlás hónapja',
  'repeatCohorts.rate': 'Újra vásárolt',
  'repeatCohorts.series': '{days} napon belül',
  'repeatCohorts.within': '{days} napon belül',
  'repeatCohorts.customers': 'Vásárlók',
  'repeatCohorts.of': '({returned} / {eligible})',
  'repeatCohorts.chart': 'Az újra vásárlók aránya az első vásárlás hónapja szerint',
  'inWindow.title': 'Még az ablakon belül',
  'inWindow.explain':
    'Ezek a vásárlók az elmúlt {days} napban vásároltak először, és még nem jöttek vissza. Az első hetek döntik el, visszatérnek-e: most keresd meg őket, kezdve azokkal, akiknek a legkevesebb nap maradt.',
  'inWindow.list': 'Most megkeresendő új vásárlók',
  'inWindow.firstPurchase': 'Első vásárlás',
  'inWindow.daysLeft': 'Hátralévő napok',
  'products.noColumn': 'Ebben a fájlban nincs termékoszlop, így itt nincs mit mutatni.',
  'products.title': 'Mit vesznek a törzsvásárlóid?',
  'products.explain':
    'Válassz egy vásárlói csoportot, és megnézheted, mely termékeket veszik a legtöbben, és melyek tesznek ki nagyobb vagy kisebb részt abból, amit vesznek, mint abból, amit az összes vásárlód vesz. A „Rész a vásárlásaikból” minden vásárlót termékenként egyszer számol; a „× összes” ezt elosztja ugyanezzel a résszel az összes vásárlónál: 1 fölött a csoport jobban kedveli a terméket.',
  'products.group': 'Vásárlók',
  'products.group.all': 'Minden vásárló',
  'products.group.lapsed': 'Lemorzsolódott vásárlók',
  'products.groupSize': '{customers} vásárló, ebből {known} megnevezett termékkel',
  'products.byRevenue': 'A legtöbb bevételt hozó termékek',
  'products.byCustomers': 'A legtöbb vásárló által vett termékek',
  'products.over': 'Nagyobb részt tesz ki a kosarukban, mint mindenkiében',
  'products.under': 'Kisebb részt tesz ki a kosarukban, mint mindenkiében',
  'products.product': 'Termék',
  'products.customers': 'Vásárlók',
  'products.share': 'A csoport aránya',
  'products.overall': 'Az összes aránya',
  'products.lift': '× összes',
  'products.revenue': 'Bevétel',
  'products.revenueShare': 'A bevétel aránya',
  'products.overallRevenue': 'Az összes bevétel aránya',
  'products.mix': 'Rész a vásárlásaikból',
  'products.overallMix': 'Rész mindenki vásárlásaiból',
  'products.small':
    '* {min} vásárlónál kevesebb áll a szám mögött: óvatosan értelmezd. A „nagyobb rész” és „kisebb rész” listák csak elég vásárlóval rendelkező termékeket mutatnak.',
  'products.noRevenue':
    'Ez az export rendelésenként egy végösszeget ad, tételenkénti árat nem, ezért a termékek sorrendje csak a vásárlók számán alapul.',
  'products.noProduct':
    '{lines} vásárlási sorból {count} nem nevez meg terméket: ezek itt kimaradnak.',
  'products.none': 'Ebben a csoportban egyetlen vásárlónál sincs megnevezett termék.',
  'products.countries': 'Honnan valók',
  'products.country': 'Ország',
  'products.country.other': 'Egyéb országok',
  'products.country.unknown': 'Nincs megadva ország',
  'products.gateway': 'Belépő termékek',
  'products.gatewayDays': 'Visszatért ennyi időn belül',
  'products.gatewayExplain':
    'Olyan termékek, amelyek első vásárlása után a vásárlók az átlagosnál ({eligible} új vásárlóból {share}) gyakrabban tértek vissza {days} napon belül. Csak a legalább {min} új vásárló által vett termékek szerepelnek.',
  'products.firstBuyers': 'Új vásárlók',
  'products.cameBack': 'Visszatért',
  'products.rate': 'Arány',
  'products.vsAverage': '× átlag',
  'products.gatewayHidden':
    'További {count} termék teljesített az átlag felett, de túl kevés vásárlóval ahhoz, hogy következtetést lehessen levonni.',
  'products.gatewayNone': 'Egyelőre egyik termék sem emelkedik ki.',
  'products.gatewayNoEligible': 'Ehhez az időablakhoz még egyetlen új vásárló sem elég régi.',
  'asof.label': 'Viszonyítási nap',
  'asof.reset': 'Legutóbbi',
  'new.file': 'Másik fájl betöltése',
  'error.engine': 'Az elemzőmotor nem tudott elindulni: {reason}',
  'error.dismiss': 'Bezárás',
  'error.import.goodFile':
    'A megfelelő fájl egy CSV (vagy .xlsx) fejléccel, rendelésenként vagy rendelési tételenként egy sorral, benne vásárlóval (azonosító, e-mail vagy név), dátummal és összeggel.',
  'error.import.binary': 'Ez nem tűnik szöveges (CSV) fájlnak.',
  'error.import.empty': 'A fájl üres.',
  'error.import.noRows': 'A fájlban van fejléc, de egyetlen adatsor sincs.',
  'error.import.noColumn': 'Nincs „{column}” nevű oszlop ehhez: {roles}.',
  'error.import.missing': 'Nem találtunk oszlopot ehhez: {roles}. A fájl oszlopai: {columns}.',
  'error.import.headerless':
    'A fájl első sora adat, nem oszlopnév, ezért az oszlopok {first}–{last} számozást kaptak, és név alapján nem derül ki, melyik ez: {roles}. Add meg, melyik oszlop mi.',
  'error.import.unusable': {
    by: 'rows',
    one: 'Az egyetlen sor nem használható: {reason}.',
    other: 'A(z) {rows} sor egyike sem használható; a leggyakoribb ok: {reason}.',
  },
  'error.import.noCustomer':
    'Ebben az exportban nincs vásárló oszlop, így a vásárlások nem választhatók szét vásárlónként: tölts le olyan fájlt, amelyben szerepel a vásárló azonosítója, e-mail-címe vagy neve (az Etsyből az „Orders” CSV-t), vagy válaszd ki magad a vásárló oszlopát.',
  'error.import.xls':
    'Ez egy régi Excel-munkafüzet (.xls), amelyet itt nem lehet beolvasni: mentsd el .xlsx vagy CSV formátumban.',
  'error.import.csv': 'Ez a fájl nem olvasható be CSV-ként ({reason}).',
  'error.import.blank': 'A fájlban csak üres sorok vannak.',
  'error.import.notGzip':
    'A fájl neve .gz-re végződik, de nem gzip-pel tömörített: nevezd át .gz nélkül (például orders.csv), vagy tömörítsd gzip-pel.',
  'error.import.longLine':
    'A(z) {line}. sor hosszabb 2 MB-nál, ilyen hosszú rendeléssor nincs: ez nem rendelések táblázata, vagy elvesztek a sorvégei (mentsd el újra CSV-ként).',
  'error.import.longLineAny':
    'A fájl egyik sora hosszabb 2 MB-nál, ilyen hosszú rendeléssor nincs: ez nem rendelések táblázata, vagy elvesztek a sorvégei (mentsd el újra CSV-ként).',
  'error.import.badLine':
    'A fájl {line}. sora nem olvasható be CSV-ként (le nem zárt idézőjel, vagy nem szöveges bájtok).',
  'error.import.unreadable': 'Ez a fájl nem olvasható be CSV-ként.',
  'error.import.xlsx':
    'Ez a fájl nem olvasható be Excel-munkafüzetként: nyisd meg, és mentsd el újra .xlsx vagy CSV formátumban.',
  'error.import.or': '{first} vagy {last}',
  'currency.label': 'Pénznem',
  'currency.none': 'Nincs (csak számok)',
  'currency.shown': '{currency}, ahogy az összegeken áll',
  'currency.fromFile': 'Összegek {currency} pénznemben, ahogy a fájlban áll.',
  'currency.several':
    'A pénznem oszlopban {count} különböző pénznem szerepel: az összesítések úgy adják össze őket, ahogy le vannak írva.',
  'language.label': 'Nyelv',
  'language.latinDigits': 'Latin számjegyek (123)',
  'language.gregorian': 'Gergely-naptár',
  'notebook.intro':
    'Jegyzetek ehhez az elemzéshez: mit keresel, és mit találtál. Kattints a Szerkesztés gombra, és írj ide.',
  'notebook.open.link': 'Ezt a hivatkozást nem sikerült megnyitni.',
  'notebook.open.file': 'Ezt a fájlt nem sikerült megnyitni.',
  'notebook.open.saved':
    'A böngészőben mentett jegyzetfüzetet nem sikerült megnyitni, ezért újat kezdtünk.',
  'notebook.problem.format': 'Ez nem regulars-jegyzetfüzet.',
  'notebook.problem.version':
    'A regulars egy újabb verziójával készült: nyisd meg a webhely egy naprakész példányán.',
  'notebook.problem.size': 'Túl nagy ahhoz, hogy biztonságosan megnyissuk.',
  'notebook.problem.corrupt': 'Sérült: csonka, vagy útközben megváltozott.',
  'notebook.problem.invalid': 'A tartalma nem érvényes jegyzetfüzet ({detail}).',
  'cell.collapse': 'Összecsukás',
  'cell.expand': 'Kibontás',
  'cell.moveUp': 'Feljebb',
  'cell.moveDown': 'Lejjebb',
  'cell.remove': 'Eltávolítás',
  'markdown.label': 'Jegyzet (markdown)',
  'markdown.placeholder':
    'Írj egy jegyzetet. A Markdown is működik: # címsor, **félkövér**, - lista, [hivatkozás](https://…)',
  'markdown.edit': 'Szerkesztés',
  'markdown.done': 'Kész',
  'markdown.empty': 'Üres jegyzet.',
  'result.count': 'Sorok: {count}',
  'result.capped': 'Az első {shown} sor (összesen {total})',
  'result.null': 'NULL',
  'sql.editor': 'SQL-lekérdezés',
  'sql.placeholder':
    'SELECT date_trunc(\'month\', "date") AS month, sum(total) AS revenue FROM purchases GROUP BY 1 ORDER BY 1',
  'sql.run': 'Futtatás',
  'sql.runHint': 'Futtatás (Ctrl+Enter vagy ⌘+Enter)',
  'sql.cancel': 'Mégse',
  'sql.running': 'Fut…',
  'sql.chart': 'Diagram',
  'sql.chart.auto': 'Automatikus',
  'sql.chart.table': 'Csak táblázat',
  'sql.chart.line': 'Vonal',
  'sql.chart.bar': 'Oszlopok',
  'sql.figure': 'A lekérdezés eredményének diagramja',
  'sql.result': 'A lekérdezés eredménye',
  'sql.noLine':
    'A vonaldiagramhoz az első oszlopban dátumok, egy másikban számok kellenek, legalább két sorban.',
  'sql.noBar':
    'Az oszlopdiagramhoz egy szöveges és egy számokat tartalmazó oszlop kell, legfeljebb 50 sorban.',
  'sql.help.title': 'Mit kérdezhetek le?',
  'sql.help.intro':
    'DuckDB SQL a fájlodon; semmi sem hagyja el ezt a böngészőt. Ezek a nézetek készen állnak:',
  'sql.help.orders':
    'rendelésenként egy sor, a visszárukkal együtt: customer, order_id, date, total, lines.',
  'sql.help.purchases': 'a nullánál nagyobb végösszegű rendelések.',
  'sql.help.customers':
    'vásárlónként egy sor, ha a viszonyítási napig vásárolt: first_purchase, last_purchase, purchases, orders, revenue (nettó), recency_days, median_gap.',
  'sql.help.raw': 'a fájlod, ahogy beolvastuk: minden oszlop, minden cella szövegként.',
  'sql.help.keys':
    'A Ctrl+Enter (Macen ⌘+Enter) futtatja a lekérdezést; a Mégse leállítja a túl sokáig futót.',
  'update.ready': 'Elkészült a regulars új verziója.',
  'update.reload': 'Töltsd újra az oldalt a használatához',
  'load.large':
    '{name} mérete {size}: a beolvasása percekig tarthat, és lehet, hogy nem fér bele abba a memóriába, amelyet a böngésző egy oldalnak ad. Ilyen nagy fájlokhoz gyorsabb a parancssor (npm run analyze).',
  'crash.memory':
    'A fájl túl nagy ehhez a böngészőhöz: {reason}. Próbálj kevesebb oszlopot vagy rövidebb időszakot exportálni, vagy használd a parancssort (npm run analyze): annak nincs ilyen korlátja.',
  'crash.engine': 'Az elemzőmotor váratlanul leállt ({reason}), és újraindult.',
  'crash.query': 'Egy SQL-lekérdezés leállította az elemzőmotort ({reason}); a motor újraindult.',
  'crash.back': '{name} újra beolvasva: az elemzéseid visszakerültek.',
  'remember.ask': 'A fájl megjegyzése ezen az eszközön',
  'remember.explain':
    'Csak ebben a böngészőben, ezen a számítógépen tároljuk, hogy legközelebb is itt legyen. Semmit sem töltünk fel.',
  'remember.replaces': 'Ez felváltja a most megjegyzett fájlt: {name}.',
  'remember.kept': '{name} megjegyezve ezen az eszközön ({size}).',
  'remember.space':
    'A webhely {used} tárhelyet használ ebben a böngészőben, az offline példányával együtt.',
  'remember.notPersisted': 'A böngésző ennek ellenére törölheti, ha a lemez majdnem megtelik.',
  'remember.forget': 'A fájl elfelejtése',
  'remember.full':
    'Nincs elég hely a böngésző tárhelyén ahhoz, hogy megjegyezzük ezt a fájlt: {name} ({size}). Szabadíts fel helyet a lemezen, vagy legközelebb húzd be újra a fájlt.',
  'remember.failed': 'A fájlt nem sikerült megjegyezni: {reason}',
  'remember.gone':
    'A böngésző törölte a fájlt, amelyet megjegyzésre kértél: {name} (a böngészők ezt teszik, ha fogy a hely). Húzd be újra a fájlt, hogy lásd.',
  'datasets.title': 'Adatkészletek ezen az oldalon',
  'datasets.intro':
    'Az oldal üzemeltetője készítette elő őket. Itt, a te böngésződben olvasódnak be, akárcsak egy saját fájl.',
  'datasets.link': 'Hivatkozás',
  'datasets.linkHint':
    'Ez a hivatkozás közvetlenül ezt az adatkészletet nyitja meg: másold ki és küldd el',
  'datasets.downloading': '{title} letöltése…',
  'datasets.failed': 'Nem sikerült letölteni: {file} ({reason})',
  'datasets.unknown':
    'A hivatkozás a(z) „{name}” adatkészletet kéri, de ezen az oldalon nincs ilyen.',
  'datasets.link.origin':
    'A hivatkozás egy másik oldalról ({origin}) töltene be adatokat. A regulars csak arról az oldalról tölt be adatot, ahonnan maga is jön, hogy semmi, amit itt megnyitsz, ne kommunikáljon mással.',
  'datasets.link.scheme':
    'A hivatkozás innen töltene be adatokat: {url}, ez azonban nem ennek az oldalnak a címe.',
  'datasets.bad': 'Az oldal adatkészlet-listája ({file}) nem használható: {problem}.',
  'datasets.bad.json': 'nem érvényes JSON',
  'datasets.bad.shape': 'egy "datasets" listát tartalmazó objektumnak kell lennie',
  'datasets.bad.entry': 'a(z) {entry}. bejegyzés nem objektum',
  'datasets.bad.name':
    'a(z) {entry}. bejegyzésnek betűkből, számjegyekből, pontokból, kötőjelekből vagy aláhúzásokból álló "name" mező kell (ez van benne: {value})',
  'datasets.bad.duplicate': 'a(z) {entry}. bejegyzés neve, {value}, már egy korábbi bejegyzésé',
  'datasets.bad.title': 'a(z) {entry}. bejegyzésből hiányzik a "title"',
  'datasets.bad.file':
    'a(z) {entry}. bejegyzésnek ugyanezen az oldalon lévő "file" kell (ez van benne: {value})',
  'datasets.bad.description':
    'a(z) {entry}. bejegyzés "description" mezőjének szövegnek kell lennie',
  'datasets.bad.mapping':
    'a(z) {entry}. bejegyzés "mapping" mezőjének oszlopszerepeket ({roles}) kell oszlopnevekhez rendelnie, de {value} nem ilyen',
  'print.button': 'Nyomtatás / mentés PDF-be',
  'print.generated':
    'Készült a regulars segítségével, {date}. Az adatok nem hagyták el ezt a böngészőt.',
  'chart.downloadSvg': 'SVG letöltése',
  'chart.downloadPng': 'PNG letöltése',
  'chart.numbers': 'A számok megjelenítése',
  'notebook.label': 'Jegyzetfüzet',
  'notebook.add.markdown': '+ Jegyzet',
  'notebook.add.sql': '+ SQL-lekérdezés',
  'notebook.add.analysis': '+ Elemzés…',
  'notebook.undo': 'Visszavonás',
  'notebook.redo': 'Újra',
  'notebook.undoHint': 'Visszavonás (Ctrl+Z vagy ⌘+Z)',
  'notebook.redoHint': 'Újra (Ctrl+Shift+Z vagy ⌘+Shift+Z)',
  'notebook.copyLink': 'Hivatkozás másolása',
  'notebook.linkCopied':
    'A hivatkozás a vágólapra került. A füzet jegyzeteit, lekérdezéseit és beállításait tartalmazza, az adataidat soha.',
  'notebook.linkManual':
    'Másold ki ezt a hivatkozást. A füzet jegyzeteit, lekérdezéseit és beállításait tartalmazza, az adataidat soha.',
  'notebook.linkLabel': 'Hivatkozás erre a jegyzetfüzetre',
  'notebook.export': 'Mentés fájlba',
  'notebook.import': 'Fájl megnyitása…',
  'notebook.imported': 'A jegyzetfüzet megnyílt ebből: {name}.',
  'notebook.openedLink':
    'A jegyzetfüzet egy hivatkozásból nyílt meg. Töltsd be a vásárlási fájlodat, hogy lásd az elemzéseit: a hivatkozás nem visz adatot.',
  'notebook.empty':
    'Ebben a jegyzetfüzetben nincs cella. Adj hozzá fent egy jegyzetet vagy egy SQL-lekérdezést.',
  'notebook.computing': 'Számolás…',
  'notebook.loadFailed':
    'A jegyzetfüzet cellái nem töltődtek be ({reason}). Töltse újra az oldalt: a jegyzetfüzet ebben a böngészőben el van mentve.',
  'notebook.shared': {
    by: 'count',
    one: 'A jegyzetfüzettel {count} SQL-lekérdezés érkezett. Még nem futott le: előbb olvasd el. A lekérdezések csak ebben a böngészőben, a te adataidon futnak, és nem érik el a hálózatot.',
    other:
      'A jegyzetfüzettel {count} SQL-lekérdezés érkezett. Még nem futottak le: előbb olvasd el őket. A lekérdezések csak ebben a böngészőben, a te adataidon futnak, és nem érik el a hálózatot.',
  },
  'notebook.runShared': 'A kapott SQL futtatása',
  'cell.kind.markdown': 'Jegyzet',
  'cell.kind.sql': 'SQL',
  'cell.kind.summary': 'Összegzés',
  'cell.kind.cohorts': 'Kohorszok',
  'cell.kind.repeat': 'Második vásárlás',
  'cell.kind.products': 'Mit vesznek a törzsvásárlók',
  'cell.kind.rfm': 'RFM-szegmensek',
  'cell.kind.inactivity': 'Inaktivitás',
  'cell.kind.predict': 'Előrejelzés',
  'cell.kind.pareto': 'Pareto (80/20)',
  'overview.title': 'Első ránézésre',
  'overview.lapsed': {
    by: 'count',
    one: '{count} vásárló nem vásárolt az elmúlt {months} hónapban; ő hozta a bevételed {share}-át ({money}).',
    other:
      '{count} vásárló nem vásárolt az elmúlt {months} hónapban; ők hozták a bevételed {share}-át ({money}).',
  },
  'overview.overdue': {
    by: 'count',
    one: '{count} törzsvásárló késik a saját ritmusához képest: a szokásos vásárlási szünete több mint {factor}-szerese óta nem jött.',
    other:
      '{count} törzsvásárló késik a saját ritmusához képest: a szokásos vásárlási szünetük több mint {factor}-szerese óta nem jöttek.',
  },
  'overview.inWindow': {
    by: 'count',
    one: '{count} új vásárló még a {days} napos ablakán belül van: keresd meg most, amíg eldől, visszajön-e.',
    other:
      '{count} új vásárló még a {days} napos ablakán belül van: keresd meg őket most, amíg eldől, visszajönnek-e.',
  },
  'overview.top20': 'A legjobb 20% ({count} vásárló) hozza a bevételed {share}-át ({money}).',
  'overview.open.lapsed': 'Kik maradtak el',
  'overview.open.overdue': 'Kik késnek',
  'overview.open.inWindow': 'Kiket keress meg',
  'overview.open.top20': 'A VIP-jeid',
  'contents.title': 'Tartalom',
  'contents.summary': '{customers} vásárló',
  'contents.repeat': '{share} visszatér {days} napon belül',
  'contents.rfm': '{count} bajnok',
  'contents.inactivity': '{count} lemorzsolódott',
  'contents.pareto': 'legjobb 20%: {share}',
  'landing.title': 'Amit a fájlod betöltése után látni fogsz',
  'landing.summary':
    'Mi van a fájlodban: vásárlók, rendelések, bevétel, és a sorok, amelyeket nem sikerült beolvasni.',
  'landing.cohorts':
    'Visszajönnek az új vásárlók? Minden hónap első vásárlói, hónapról hónapra követve.',
  'landing.repeat':
    'Vásárolnak-e másodszor az első vásárlók, és milyen hamar? És kiket keress meg, amíg még számít.',
  'landing.products':
    'Mit vesznek a törzsvásárlóid, és mely első vásárlások hozzák vissza a vásárlókat.',
  'landing.rfm':
    'Ki mennyit ér: Bajnokok, Hűségesek, Veszélyben, Nem veszítheted el… és mit tegyél velük.',
  'landing.inactivity':
    'Kik hagyták abba a vásárlást, a legértékesebbek elöl, és mely törzsvásárlók késnek a saját ritmusukhoz képest.',
  'landing.predict':
    'Ki valószínűleg még mindig vásárlód, és ki mennyit költ várhatóan a következő 12 hónapban.',
  'landing.pareto': 'A bevételed mekkora részét hozza a vásárlóid legjobb 20%-a, és kik ők.',
  'sql.queued': 'Az előző lekérdezésre vár…',
  'sql.cancelled': 'A lekérdezés megszakítva.',
  'sql.restarted': 'A lekérdezés nem állt le, ezért az elemzőmotor újraindult.',
  'sql.memory':
    'Ez a lekérdezés több memóriát igényelt, mint amennyit ez a böngésző ad neki ({reason}).',
  'sql.crashed': 'Ez a lekérdezés leállította az elemzőmotort ({reason}).',
  'sql.intact':
    'Az adataid nem változtak. Próbálj olyan lekérdezést, amely kevesebb vagy rövidebb értéket állít elő, vagy előbb összesít.',
  'sql.readAgain':
    'A motor újraindult, az adataidat újra beolvastuk. Ez a lekérdezés csak akkor fut újra, ha a Futtatás gombra kattintasz.',
  'sql.noData': 'Tölts be egy fájlt, hogy a lekérdezés a te adataidon fusson.',
  'sql.locked': 'Kapott SQL: akkor fut le, ha fent a „A kapott SQL futtatása” gombra kattintasz.',
  'sql.blocked.write':
    'Letiltva: itt csak olvasó lekérdezés futhat (SELECT, WITH, FROM, DESCRIBE …). Egy {word} utasítás megváltoztatná az adatbázist, vagy kilépne belőle.',
  'sql.blocked.reader':
    'Letiltva: a(z) {word} fájlokat vagy hálózati címeket olvas, ezt itt egy lekérdezés nem teheti. A fájlod már benne van a raw táblában.',
  'sql.blocked.many':
    'Letiltva: cellánként egy utasítás. Töröld a pontosvesszőt és ami utána jön, vagy tedd külön cellába.',
  'sql.blocked.expands':
    'Letiltva: a DuckDB ezt több utasításként futtatná (egy IN (…) lista nélküli PIVOT előbb típust hoz létre). Sorold fel az értékeket: PIVOT … ON oszlop IN (…).',
  'sql.blocked.engine':
    'Letiltva: ez a lekérdezés a hálózatot, egy másik fájlt vagy egy beállítást próbált elérni. A regulars csak a saját adataid olvasását engedi.',
  'sql.help.rules':
    'Cellánként egy olvasó utasítás. Az adatbázis nem éri el a hálózatot, és a tiéden kívül egyetlen fájlt sem; a beállításai zárolva vannak.',
  'markdown.blockedImages': {
    by: 'count',
    one: 'Letiltva: {count} másik webhelyről származó kép nem töltődött be, így oda semmi nem ment el.',
    other:
      'Letiltva: {count} másik webhelyről származó kép nem töltődött be, így oda semmi nem ment el.',
  },
  'cell.kind.follow-ups': 'Megkeresések',
  'landing.follow-ups':
    'Visszahozta-e a vásárlókat egy lista megkeresése, egy félretett csoporthoz mérve.',
  'followUp.start': 'Megkeresés indítása',
  'followUp.name': 'Név',
  'followUp.share': 'Félretéve (%)',
  'followUp.split': '{kept} véletlenszerűen félretéve, {contacted} megkeresendő.',
  'followUp.detectable':
    'Ezekkel a csoportokkal legalább {points} százalékpontos különbség látszik abban, ki tér vissza.',
  'followUp.needed': '20 százalékponthoz tegyél félre legalább {needed} vásárlót.',
  'followUp.tooShort':
    'Ez a lista túl rövid még 20 százalékpontos különbséghez is: az eredmény lehet, hogy „túl kevés a döntéshez”.',
  'followUp.draw': 'Sorsolás',
  'followUp.drawn':
    'Kisorsolva: {contacted} megkeresendő, {kept} félretéve (őket ne keresd meg). Ezen az eszközön tárolva; a Megkeresések cella a következő exportodon méri.',
  'followUp.downloadContacts': 'A megkeresési lista letöltése (CSV)',
  'followUp.email': 'E-mail',
  'followUp.local':
    'A megkeresések csak ezen az eszközön maradnak, és soha nem kerülnek linkbe, mert vásárlókat neveznek meg. Mentsd fájlba, ha máshol is meg akarod őrizni.',
  'followUp.save': 'Megkeresések mentése fájlba',
  'followUp.open': 'Megkeresések fájl megnyitása',
  'followUp.none':
    'Még nincs megkeresés. Indíts egyet bármelyik vásárlólistáról: lemorzsolódottak, késésben lévők, egy RFM-szegmens, egy kohorszcella, az ablakukban lévő új vásárlók.',
  'followUp.remove': 'Törlés',
  'followUp.meta':
    'Indult: {start}, a(z) „{list}” listából: {contacted} megkeresve, {kept} félretéve.',
  'followUp.measuring': 'Mérés…',
  'followUp.col.contacted': 'Megkeresve',
  'followUp.col.kept': 'Félretéve',
  'followUp.col.difference': 'Különbség (95%-os intervallum)',
  'followUp.row.customers': 'Vásárlók ebben a fájlban',
  'followUp.row.cameBack': 'Visszatért',
  'followUp.row.revenue': 'Bevétel vásárlónként',
  'followUp.missing': '{count} nincs ebben a fájlban',
  'followUp.range': '{value} ({low} – {high})',
  'followUp.verdict.more':
    'A megkeresett vásárlók {points} százalékponttal gyakrabban tértek vissza, mint a félretettek (95%-os intervallum: {low} – {high}): nagyjából {customers} vásárló és {revenue}, amit a megkeresés hozott.',
  'followUp.verdict.less':
    'A megkeresett vásárlók {points} százalékponttal ritkábban tértek vissza, mint a félretettek (95%-os intervallum: {low} – {high}): a megkeresés talán elriasztott néhányat. Próbálj más üzenetet.',
  'followUp.verdict.unclear':
    'Még nincs egyértelmű különbség: a megkeresettek visszatérése {difference} százalékpont a félretettekéhez képest (95%-os intervallum: {low} – {high}). Mérd újra egy későbbi exporton.',
  'followUp.verdict.too_few':
    'Túl kevés vásárló a döntéshez: mindkét csoportnak legalább {min} vásárló kell ebben a fájlban (megkeresve {contacted}, félretéve {kept}).',
  'followUp.verdict.not_started':
    'Még nincs mit mérni: a betöltött adatok {asOf}-ig tartanak, nem a kezdet ({start}) utánig. Tölts be egy későbbi exportot.',
} satisfies Catalogue;
