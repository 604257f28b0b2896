// Romanian catalogue: informal «tu», practical advice for a shop owner. Numbers from 20 up take
// «de» («20 de clienți»), hence the `few` / `other` forms.
import type { Catalogue } from './en';

export const ro = {
  'app.title': 'regulars',
  'app.tagline':
    'Vezi care clienți revin, cine a încetat să cumpere și de unde vin veniturile tale — fișierul tău nu părăsește niciodată acest browser.',
  'start.drop': 'Trage aici exportul cu achizițiile (CSV, TSV, .gz sau Excel .xlsx)',
  'start.choose': 'Alege un fișier',
  'start.sample': 'Încearcă cu date de probă',
  'start.sampleNote':
    'Un magazin online inventat, cu cosmetice naturale: {customers} de clienți în doi ani, cu vârf de vânzări de Black Friday.',
  'start.needs':
    'Fișierul tău are nevoie de câte un rând pentru fiecare comandă sau linie de comandă, cu un client, o dată și o sumă (sau cantitate și preț unitar).',
  'start.engine.loading': 'Pornește motorul de analiză…',
  'start.engine.ready': 'Motorul de analiză este pregătit',
  'load.reading': 'Se citește {name}…',
  'load.progress': '{read} din {total}',
  'progress.inspect': 'Ne uităm la coloane…',
  'progress.orders': 'Transformăm rândurile în comenzi…',
  'progress.analyses': 'Calculăm cohortele, RFM, inactivitatea și curba 80/20…',
  'load.cancel': 'Anulează',
  'load.cancelled': 'Încărcarea fișierului {name} a fost anulată.',
  'load.failed': 'Nu am putut citi {name}: {reason}',
  'load.noPurchases':
    'nicio comandă nu are un total mai mare decât zero, deci nu există achiziții de analizat. Verifică coloana cu suma.',
  'map.title': 'Verifică coloanele',
  'map.intro':
    'Am ghicit ce conține fiecare coloană după nume și valori. Schimbă tot ce nu e corect.',
  'map.none': '— niciuna —',
  'map.confirm': 'Analizează',
  'map.missing': 'Mai lipsesc: {roles}',
  'map.need.customer':
    'Client: alege coloana care arată cine a cumpărat (un id de client, un email sau un nume). Dacă nu există una, exportă din nou fișierul cu ea: fără ea, cumpărăturile nu pot fi despărțite pe clienți.',
  'map.need.date': 'Dată: alege coloana cu ziua fiecărei comenzi.',
  'map.need.amount':
    'Sumă: alege coloana cu cât a costat fiecare comandă sau linie, sau alege Cantitate și Preț unitar.',
  'map.need.quantity':
    'Cantitate: alege coloana cu câte bucăți are fiecare linie, pe lângă prețul unitar.',
  'map.need.unit_price': 'Preț unitar: alege coloana cu prețul unei bucăți, pe lângă cantitate.',
  'map.preview': 'Primele rânduri din {name}',
  'map.rows': {
    by: 'rows',
    one: '{rows} rând',
    few: '{rows} rânduri',
    other: '{rows} de rânduri',
  },
  'map.sampled': 'primele {rows} rânduri (tot fișierul este citit la analiză)',
  'map.datesAmbiguous':
    'Toate zilele din coloana cu data sunt cel mult 12, așa că poate fi zi/lună sau lună/zi. Care variantă e cea corectă?',
  'map.dateAs': '{example} înseamnă {date}',
  'map.preset': 'Am recunoscut: {preset}. Verifică mai jos coloanele, apoi pornește analiza.',
  'preset.shopify-orders': 'Export de comenzi din Shopify',
  'preset.stripe-payments': 'Export de plăți din Stripe',
  'preset.etsy-sold-orders': 'Export de comenzi vândute din Etsy',
  'preset.paypal-activity': 'Istoricul activității din PayPal',
  'preset.uci-online-retail': 'Facturi Online Retail (UCI)',
  'preset.woocommerce-orders': 'Export de comenzi din WooCommerce',
  'preset.square-transactions': 'Export de tranzacții din Square',
  'map.encoding': 'Codificarea textului',
  'map.encodingDetected': '{encoding} (detectată)',
  'map.encodingHint':
    'Dacă literele din primele rânduri de mai jos arată ciudat, alege altă codificare.',
  'map.sheet': 'Foaia',
  'map.headerless':
    'Primul rând din fișier conține date, nu nume de coloane, așa că am numerotat coloanele. Uită-te la primele rânduri de mai jos ca să vezi ce conține fiecare.',
  'encoding.utf-8': 'UTF-8 (Unicode)',
  'encoding.utf-16le': 'UTF-16 little-endian (Unicode)',
  'encoding.utf-16be': 'UTF-16 big-endian (Unicode)',
  'encoding.windows-1252': 'Windows-1252 (Europa de Vest)',
  'encoding.windows-1250': 'Windows-1250 (Europa Centrală: română, maghiară)',
  'encoding.iso-8859-2': 'ISO-8859-2 (Europa Centrală)',
  'encoding.windows-1253': 'Windows-1253 (greacă)',
  'encoding.windows-1256': 'Windows-1256 (persană, arabă)',
  'role.customer': 'Client',
  'role.date': 'Dată',
  'role.amount': 'Sumă',
  'role.quantity': 'Cantitate',
  'role.unit_price': 'Preț unitar',
  'role.order': 'ID comandă',
  'role.status': 'Stare',
  'role.currency': 'Monedă',
  'role.country': 'Țară',
  'role.product': 'Produs',
  'role.refund': 'Sumă rambursată',
  'role.channel': 'Canal de vânzare',
  'role.discount': 'Cod de reducere',
  'summary.title': 'Datele tale',
  'summary.rows': 'Rânduri citite',
  'summary.skipped': 'Rânduri omise',
  'summary.orders': 'Comenzi',
  'summary.customers': 'Clienți',
  'summary.revenue': 'Venit net',
  'summary.range': 'De la {first} până la {last}',
  'summary.asOf': 'Data de referință: {date}',
  'skipped.title': 'Rânduri omise',
  'skipped.intro':
    'Aceste rânduri nu au fost folosite. Corectează-le în fișier și încarcă-l din nou ca să fie incluse.',
  'skipped.row': 'Rând',
  'skipped.column': 'Coloană',
  'skipped.value': 'Valoare',
  'skipped.reason.customer': 'fără client',
  'skipped.reason.date': 'data nu poate fi citită',
  'skipped.reason.amount': 'suma nu poate fi citită',
  'skipped.reason.status': 'starea arată că nu e o vânzare',
  'skipped.reason.unreadable': 'rândul nu poate fi citit',
  'skipped.fileLines': 'linia {lines} din fișier',
  'table.scrolls': 'Tabel; se derulează lateral',
  'skipped.reason': 'Detalii',
  'skipped.download': 'Descarcă rândurile omise',
  'skipped.more': 'și încă {count}',
  'cohorts.title': 'Revin clienții noi?',
  'cohorts.finding':
    'În medie, {share} dintre clienții noi cumpără din nou în luna de după prima lor achiziție.',
  'cohorts.cohort': 'Prima achiziție',
  'cohorts.offset': 'Luni de la prima achiziție',
  'cohorts.offset.week': 'Săptămâni de la prima achiziție',
  'cohorts.offset.quarter': 'Trimestre de la prima achiziție',
  'cohorts.size': 'Clienți',
  'cohorts.active': 'Clienți activi',
  'cohorts.incomplete': 'Perioada {period} nu s-a încheiat încă: cifrele ei vor mai crește.',
  'cohorts.period': 'Perioadă',
  'cohorts.view': 'Afișează ca',
  'cohorts.view.heatmap': 'Hartă termică',
  'cohorts.view.curves': 'Curbe',
  'cohorts.metric': 'Indicator',
  'cohorts.metric.retention': 'Procentul celor care au cumpărat',
  'cohorts.metric.customers': 'Clienți care au cumpărat',
  'cohorts.metric.revenue': 'Venit pe client din cohortă',
  'cohorts.metric.cumulative': 'Venit cumulat pe client din cohortă',
  'cohorts.unbounded': 'Numără o achiziție din acea perioadă sau din oricare de după ea',
  'cohorts.mean': 'Medie ponderată',
  'cohorts.incompleteMark': 'Perioadă neîncheiată',
  'cohorts.unfinishedCell': '{value} (încă în curs)',
  'cohorts.click': 'Apasă pe un pătrat ca să vezi cine a revenit și cine nu.',
  'cohorts.square.returned': 'Clienții din {cohort} care au cumpărat {when}',
  'cohorts.square.missing': 'Clienții din {cohort} care nu au cumpărat {when}',
  'cohorts.later.month': {
    by: 'k',
    one: 'după {k} lună',
    few: 'după {k} luni',
    other: 'după {k} de luni',
  },
  'cohorts.later.week': {
    by: 'k',
    one: 'după {k} săptămână',
    few: 'după {k} săptămâni',
    other: 'după {k} de săptămâni',
  },
  'cohorts.later.quarter': {
    by: 'k',
    one: 'după {k} trimestru',
    few: 'după {k} trimestre',
    other: 'după {k} de trimestre',
  },
  'cohorts.orLater.month': {
    by: 'k',
    one: 'după {k} lună sau mai târziu',
    few: 'după {k} luni sau mai târziu',
    other: 'după {k} de luni sau mai târziu',
  },
  'cohorts.orLater.week': {
    by: 'k',
    one: 'după {k} săptămână sau mai târziu',
    few: 'după {k} săptămâni sau mai târziu',
    other: 'după {k} de săptămâni sau mai târziu',
  },
  'cohorts.orLater.quarter': {
    by: 'k',
    one: 'după {k} trimestru sau mai târziu',
    few: 'după {k} trimestre sau mai târziu',
    other: 'după {k} de trimestre sau mai târziu',
  },
  'cohorts.show.returned': 'Au revenit',
  'cohorts.show.missing': 'Nu au revenit',
  'cohorts.close': 'Închide lista',
  'cohorts.explain.heatmap':
    'Fiecare rând este un grup de clienți a căror primă cumpărare a căzut în aceeași perioadă; fiecare coloană numără perioadele de la acea primă cumpărare.',
  'cohorts.explain.curves':
    'Fiecare linie subțire este un grup de clienți a căror primă cumpărare a căzut în aceeași perioadă; linia groasă este media lor, ponderată cu mărimea grupului. Pe orizontală: perioadele de la prima cumpărare.',
  'cohorts.explain.retention':
    'Cifra este partea din grup care a cumpărat din nou după atâtea perioade.',
  'cohorts.explain.customers':
    'Cifra este numărul clienților din grup care au cumpărat în acea perioadă.',
  'cohorts.explain.revenue':
    'Cifra este venitul grupului în acea perioadă, împărțit la numărul clienților din grup.',
  'cohorts.explain.cumulative':
    'Cifra este venitul grupului de la prima sa perioadă până la aceea, împărțit la numărul clienților din grup.',
  'cohorts.explain.why':
    'Să păstrezi un client costă mai puțin decât să găsești unul nou: urmărește primele perioade de după prima cumpărare.',
  'cohorts.dense':
    'Prea multe pătrate ca să le scriem cifrele: ține cursorul pe un pătrat ca să-i vezi cifra, arată curbele sau deschide „Arată cifrele” sub grafic.',
  'period.month': 'Lună',
  'period.week': 'Săptămână',
  'period.quarter': 'Trimestru',
  'list.customer': 'Client',
  'list.lastPurchase': 'Ultima achiziție',
  'list.daysSince': 'Zile de atunci',
  'list.purchases': 'Achiziții',
  'list.revenue': 'Venit',
  'list.usualGap': 'Pauza obișnuită',
  'list.days': { by: 'days', one: '{days} zi', few: '{days} zile', other: '{days} de zile' },
  'list.download': 'Descarcă CSV',
  'list.empty': 'Nu e nimeni aici.',
  'list.more': 'Se văd {shown} din {total} — arată mai mulți',
  'rfm.title': 'Cât valorează fiecare client?',
  'rfm.explain':
    'Fiecare client primește trei note de la 1 la 5 (5 e cea mai bună): cât de recent a cumpărat (R), cât de des (F) și cât a cheltuit (M). Recența și frecvența îl plasează într-un segment. Investește-ți timpul în segmentele care aduc venitul și recâștigă-i pe cei valoroși înainte să plece.',
  'rfm.finding':
    'Segmentul „{segment}” aduce {share} din venitul tău, cu {customers} dintre clienți.',
  'rfm.show': 'Arată',
  'rfm.customers': 'Clienți',
  'rfm.revenue': 'Venit',
  'rfm.share': 'Pondere',
  'rfm.segment': 'Segment',
  'rfm.recency': 'Nota de recență (5 = a cumpărat cel mai recent)',
  'rfm.frequency': 'Nota de frecvență (5 = cumpără cel mai des)',
  'rfm.gridLabel': 'Clienți după nota de recență și de frecvență',
  'rfm.avgRecency': 'Zile de atunci (medie)',
  'rfm.avgFrequency': 'Achiziții (medie)',
  'rfm.avgMonetary': 'Venit (medie)',
  'rfm.scores': 'R-F-M',
  'rfm.pick': 'Alege un segment din tabel ca să-i vezi clienții, începând cu cei mai valoroși.',
  'rfm.pickSquare': 'Sau apasă un pătrat din grilă ca să vezi doar clienții lui.',
  'rfm.squareList': '{segment}: R {r}, F {f}',
  'rfm.tied':
    'Niciun client nu are {scores}: {customers} clienți sunt la egalitate la {score} ({meaning}), iar valorile egale primesc mereu același scor.',
  'rfm.dimension.r': 'Recență (R): zile de la ultima achiziție',
  'rfm.dimension.f': 'Frecvență (F): numărul de achiziții',
  'rfm.dimension.m': 'Valoare (M): venit net',
  'rfm.meaning.r.one': {
    by: 'min',
    one: 'a cumpărat acum {min} zi',
    few: 'a cumpărat acum {min} zile',
    other: 'a cumpărat acum {min} de zile',
  },
  'rfm.meaning.r.range': {
    by: 'max',
    few: 'a cumpărat acum {min}–{max} zile',
    other: 'a cumpărat acum {min}–{max} de zile',
  },
  'rfm.meaning.f.one': {
    by: 'min',
    one: '{min} achiziție',
    few: '{min} achiziții',
    other: '{min} de achiziții',
  },
  'rfm.meaning.f.range': {
    by: 'max',
    few: 'între {min} și {max} achiziții',
    other: 'între {min} și {max} de achiziții',
  },
  'rfm.meaning.m.one': 'a cheltuit {min}',
  'rfm.meaning.m.range': 'a cheltuit între {min} și {max}',
  'segment.champions': 'Campioni',
  'segment.loyal': 'Clienți fideli',
  'segment.potential_loyalists': 'Viitori fideli',
  'segment.new_customers': 'Clienți noi',
  'segment.promising': 'Promițători',
  'segment.need_attention': 'Cer atenție',
  'segment.about_to_sleep': 'Pe cale să adoarmă',
  'segment.at_risk': 'În pericol',
  'segment.cant_lose': 'Nu-i poți pierde',
  'segment.hibernating': 'În hibernare',
  'segment.champions.advice':
    'Cei mai buni clienți ai tăi: au cumpărat recent și des. Mulțumește-le, cere-le recenzii și recomandări, lasă-i să încerce primii produsele noi.',
  'segment.loyal.advice':
    'Cumpără des. Răsplătește-i (un avantaj de fidelitate, un bilețel scris de mână) și oferă-le ce se potrivește cu ce cumpără deja.',
  'segment.potential_loyalists.advice':
    'Clienți recenți, cu mai mult de o achiziție. Un card de fidelitate sau o ofertă pentru următoarea comandă îi poate face clienți ai casei.',
  'segment.new_customers.advice':
    'Au cumpărat o dată, de curând. Următoarele săptămâni decid dacă revin: primește-i cu căldură și dă-le un motiv să se întoarcă.',
  'segment.promising.advice':
    'Cumpărători relativ recenți, la prima achiziție. Păstrează legătura cu ceva util; un mic imbold pentru a doua comandă funcționează bine.',
  'segment.need_attention.advice':
    'Clienți buni a căror ultimă achiziție începe să fie de mult. O ofertă personală, la momentul potrivit, îi poate aduce înapoi înainte să se îndepărteze.',
  'segment.about_to_sleep.advice':
    'Puține achiziții și nu prea recente. Amintește-le ce le-a plăcut; o recomandare bine aleasă costă puțin.',
  'segment.at_risk.advice':
    'Au cumpărat de mai multe ori, dar de mult n-au mai trecut pe la tine. Contactează-i personal: află de ce și fă-le ușoară revenirea.',
  'segment.cant_lose.advice':
    'Cei mai fideli clienți ai tăi de altădată, care acum nu mai dau niciun semn. Sună-i: fiecare merită un efort personal.',
  'segment.hibernating.advice':
    'Puține achiziții, demult. Include-i în campaniile generale, dar nu cheltui mult cu ei.',
  'inactivity.title': 'Cine a încetat să cumpere?',
  'inactivity.window': 'Interval (luni)',
  'inactivity.finding': {
    by: 'lapsed',
    one: {
      by: 'months',
      one: '{lapsed} client nu a mai cumpărat în ultima lună; a adus {revenue} din venitul tău total.',
      few: '{lapsed} client nu a mai cumpărat în ultimele {months} luni; a adus {revenue} din venitul tău total.',
      other:
        '{lapsed} client nu a mai cumpărat în ultimele {months} de luni; a adus {revenue} din venitul tău total.',
    },
    few: {
      by: 'months',
      one: '{lapsed} clienți nu au mai cumpărat în ultima lună; au adus {revenue} din venitul tău total.',
      few: '{lapsed} clienți nu au mai cumpărat în ultimele {months} luni; au adus {revenue} din venitul tău total.',
      other:
        '{lapsed} clienți nu au mai cumpărat în ultimele {months} de luni; au adus {revenue} din venitul tău total.',
    },
    other: {
      by: 'months',
      one: '{lapsed} de clienți nu au mai cumpărat în ultima lună; au adus {revenue} din venitul tău total.',
      few: '{lapsed} de clienți nu au mai cumpărat în ultimele {months} luni; au adus {revenue} din venitul tău total.',
      other:
        '{lapsed} de clienți nu au mai cumpărat în ultimele {months} de luni; au adus {revenue} din venitul tău total.',
    },
  },
  'inactivity.explain':
    'Clienții activi au cumpărat după {date}; cei inactivi, nu. Un telefon dat clienților inactivi valoroși este cel mai ieftin mod de a recupera venituri: începe cu primii din listă.',
  'inactivity.active': 'Activi',
  'inactivity.lapsed': 'Inactivi',
  'inactivity.customers': 'Clienți',
  'inactivity.share': 'Procent din clienți',
  'inactivity.revenue': 'Venit total',
  'inactivity.revenueShare': 'Procent din venit',
  'inactivity.ordersPerCustomer': 'Achiziții pe client',
  'inactivity.aov': 'Valoarea medie a comenzii',
  'inactivity.medianDays': 'Mediana zilelor de la ultima achiziție',
  'inactivity.overTime': 'Procentul clienților inactivi, lună de lună',
  'inactivity.month': 'Lună',
  'inactivity.lapsedShare': 'Inactivi',
  'inactivity.lapsedList': 'Clienți inactivi, începând cu cei mai valoroși',
  'inactivity.overdueExplain':
    'Fiecare afacere are ritmul ei: un obișnuit al cafenelei care lipsește trei săptămâni e un semnal de alarmă, un client de mobilă care revine după un an e ceva normal. Acești clienți au cumpărat în cel puțin două zile diferite și acum întârzie mult peste pauza lor obișnuită.',
  'inactivity.factor': 'Întârzie când așteaptă mai mult de × pauza obișnuită',
  'inactivity.overdueList': 'Întârziați față de propriul ritm',
  'inactivity.overdueRatio': 'Așteptare × pauza obișnuită',
  'inactivity.order': 'Ordine',
  'inactivity.byRevenue': 'Cei mai valoroși întâi',
  'inactivity.byLostValue': 'Cea mai mare pierdere așteptată întâi',
  'inactivity.lapsedListByLost': 'Clienți inactivi, începând cu cea mai mare pierdere așteptată',
  'list.alive': 'Probabil încă activ',
  'list.lostValue': 'Pierdere așteptată',
  'predict.title': 'Cine mai este clientul tău?',
  'predict.fitting': 'Se potrivește modelul pe clienții tăi…',
  'predict.failed': 'Previziunile nu au putut fi calculate: {reason}',
  'predict.explain':
    'Fiecare client cumpără în ritmul lui și poate renunța după orice cumpărătură (modelul BG/NBD al lui Fader, Hardie și Lee, 2005). Din istoricul tuturor, modelul învață cât de constanți sunt clienții tăi și cât de des pleacă, așa că tăcerea unui client fidel cântărește mai mult decât a unuia ocazional.',
  'predict.tooFew': {
    by: 'repeat',
    one: 'Doar {repeat} client a cumpărat în mai multe zile, iar ca modelul să învețe cum revin și cum pleacă clienții tăi e nevoie de cel puțin {needed}. Previziunile apar când istoricul va fi mai lung.',
    few: 'Doar {repeat} clienți au cumpărat în mai multe zile, iar ca modelul să învețe cum revin și cum pleacă clienții tăi e nevoie de cel puțin {needed}. Previziunile apar când istoricul va fi mai lung.',
    other:
      'Doar {repeat} de clienți au cumpărat în mai multe zile, iar ca modelul să învețe cum revin și cum pleacă clienții tăi e nevoie de cel puțin {needed}. Previziunile apar când istoricul va fi mai lung.',
  },
  'predict.notConverged':
    'Modelul nu a ajuns la un răspuns stabil pentru aceste date, așa că nu arătăm deloc previziuni în loc să arătăm unele nesigure.',
  'predict.implausible':
    'Răspunsul modelului pentru aceste date a ajuns la valori extreme, așa că nu arătăm deloc previziuni în loc să arătăm unele nesigure.',
  'predict.spendHidden':
    'Cheltuielile nu au putut fi modelate sigur pe aceste date, așa că valoarea clienților pe termen lung nu este afișată.',
  'predict.finding':
    'Dintre clienții care au cumpărat în mai multe zile ({judged}), {active} sunt probabil încă activi (mai degrabă vor cumpăra din nou decât nu).',
  'predict.expected':
    'Cumpărături așteptate de la clienții actuali: {d30} în următoarele 30 de zile, {d90} în 90 de zile și {d365} într-un an.',
  'predict.clv':
    'Valoarea lor așteptată în următoarele 12 luni: {clv}, cu lunile viitoare actualizate cu {rate} pe lună.',
  'predict.oneTime':
    'Clienții care au cumpărat o singură dată nu sunt socotiți nici activi, nici pierduți: nu au încă un ritm cu care să le comparăm absența.',
  'predict.discount': 'Rata lunară de actualizare (%)',
  'predict.params': 'Parametrii modelului',
  'predict.purchaseModel': 'Cumpărături (BG/NBD, timp în zile)',
  'predict.spendModel': 'Cheltuieli (Gamma-Gamma)',
  'predict.logLikelihood': 'Log-verosimilitate',
  'predict.status': 'Ajustare',
  'predict.converged': 'a convers',
  'predict.notSettled': 'nu a convers',
  'predict.aliveChart': 'Probabilitatea de a fi încă activ, după zilele de la ultima cumpărătură',
  'predict.aliveFor': {
    by: 'days',
    one: 'Pentru clienți cu prima cumpărătură acum {days} zi (tipic pentru clienții tăi care au revenit).',
    few: 'Pentru clienți cu prima cumpărătură acum {days} zile (tipic pentru clienții tăi care au revenit).',
    other:
      'Pentru clienți cu prima cumpărătură acum {days} de zile (tipic pentru clienții tăi care au revenit).',
  },
  'predict.daysSince': 'Zile de la ultima cumpărătură',
  'predict.alive': 'Probabil încă activ',
  'predict.purchases': {
    by: 'purchases',
    one: '{purchases} cumpărătură',
    few: '{purchases} cumpărături',
    other: '{purchases} de cumpărături',
  },
  'predict.holdoutTitle': 'Te poți baza pe el? Previziunea față de ce s-a întâmplat',
  'predict.holdoutFinding': {
    by: 'days',
    one: 'Învățând doar din cumpărăturile de până la {end}, modelul a prevăzut {predicted} cumpărături de la acești clienți pentru următoarea {days} zi; au făcut {actual}.',
    few: 'Învățând doar din cumpărăturile de până la {end}, modelul a prevăzut {predicted} cumpărături de la acești clienți pentru următoarele {days} zile; au făcut {actual}.',
    other:
      'Învățând doar din cumpărăturile de până la {end}, modelul a prevăzut {predicted} cumpărături de la acești clienți pentru următoarele {days} de zile; au făcut {actual}.',
  },
  'predict.holdoutHidden': 'Istoricul de până la {end} nu ajunge pentru a verifica previziunea.',
  'predict.calibrationEnd': 'Învață din cumpărăturile de până la',
  'predict.holdoutX': 'Cumpărături repetate până la data verificării',
  'predict.holdoutY': 'Cumpărături pe client după aceea',
  'predict.actual': 'Real',
  'predict.forecast': 'Previziune',
  'pareto.title': 'Cât de concentrat este venitul tău?',
  'pareto.finding':
    'Primii 20 % dintre clienții tăi aduc {share} din venit; {customers} dintre clienți aduc 80 % din el.',
  'pareto.explain':
    'Clienții sunt puși în ordine, de la cel mai valoros la cel mai puțin valoros. Cu cât curba urcă mai abrupt, cu atât venitul tău depinde mai mult de câțiva oameni: tratează-i ca pe niște VIP-uri și află cine sunt.',
  'pareto.customers': 'Procent din clienți (cei mai valoroși primii)',
  'pareto.revenue': 'Procent din venitul net',
  'pareto.top20': 'Venitul adus de primii 20 % dintre clienți',
  'pareto.for80': 'Clienții care aduc 80 % din venit',
  'pareto.vips': 'VIP-uri: primii 20 % dintre clienții tăi',
  'cell.kind.first-order': 'Primele comenzi',
  'landing.first-order':
    'Dacă revin clienții care au început cu un produs, dintr-o țară sau printr-un canal, și cât valorează după un an.',
  'firstOrder.title': 'Ce clienți noi merită câștigați?',
  'firstOrder.by': 'Împărțire după',
  'firstOrder.by.product': 'Produsul primei comenzi',
  'firstOrder.by.country': 'Țară',
  'firstOrder.by.column': 'Coloana „{column}”',
  'firstOrder.explain':
    'Clienții sunt grupați după ce a avut prima lor zi de cumpărături: un client cu două produse în prima comandă contează în ambele grupuri. Primele {top} valori au fiecare grupul lor; celelalte sunt împreună. Ratele numără doar clienții destul de vechi pentru interval, iar venitul pe client doar pe cei a căror primă cumpărare a fost cu cel puțin atâtea luni în urmă.',
  'firstOrder.group': 'Prima comandă',
  'firstOrder.customers': 'Clienți',
  'firstOrder.within': 'Au revenit în',
  'firstOrder.month': 'Au cumpărat din nou în luna',
  'firstOrder.revenue': 'Venit pe client după',
  'firstOrder.months': '{months} luni',
  'firstOrder.active': 'Încă activi ({months} luni)',
  'firstOrder.value': 'Valoare așteptată, următoarele 12 luni',
  'firstOrder.valueExplain':
    'Valoarea așteptată pe client în următoarele 12 luni după prognoză (lunile viitoare actualizate), media pe clienții grupului care au o prognoză.',
  'firstOrder.valueOf': {
    by: 'count',
    one: 'Media pe {count} client cu prognoză',
    few: 'Media pe {count} clienți cu prognoză',
    other: 'Media pe {count} de clienți cu prognoză',
  },
  'firstOrder.small': 'Prea puțini clienți pentru o concluzie (sub {min})',
  'firstOrder.all': 'Toți clienții',
  'firstOrder.other': 'Altele',
  'firstOrder.none': 'Niciuna',
  'firstOrder.chart': 'Ponderea celor care au cumpărat din nou, după lunile de la prima cumpărare',
  'firstOrder.chart.x': 'Luni de la prima cumpărare',
  'firstOrder.chart.y': 'Au cumpărat din nou în acea lună',
  'firstOrder.incomplete':
    'Puncte goale: cel puțin jumătate din clienții lor sunt în {period}, care nu s-a încheiat încă.',
  'firstOrder.overlap': {
    by: 'count',
    one: '{count} client a avut mai multe valori în prima zi și contează în fiecare dintre acele grupuri.',
    few: '{count} clienți au avut mai multe valori în prima zi și contează în fiecare dintre acele grupuri.',
    other:
      '{count} de clienți au avut mai multe valori în prima zi și contează în fiecare dintre acele grupuri.',
  },
  'firstOrder.list': 'Clienți: {group}',
  'firstOrder.show': 'Clienți',
  'firstOrder.close': 'Închide lista',
  'firstOrder.noColumn': 'Fișierul nu are o coloană pentru asta: alegeți altă împărțire.',
  'firstOrder.standout.more':
    '{who} au revenit mai des decât ceilalți în {days} zile: {share} față de {rest}.',
  'firstOrder.standout.less':
    '{who} au revenit mai rar decât ceilalți în {days} zile: {share} față de {rest}.',
  'firstOrder.standout.none':
    'Niciun grup nu revine mult mai des sau mai rar decât ceilalți în {days} zile ({share} în total).',
  'firstOrder.standout.few':
    'Încă prea puțini clienți în fiecare grup pentru o comparație (e nevoie de cel puțin {min}).',
  'firstOrder.standout.young':
    'Nicio primă cumpărare nu are încă {days} zile: e prea devreme să vedem cine revine.',
  'firstOrder.who.all': 'Toți clienții',
  'firstOrder.who.product': 'Clienții a căror primă comandă a inclus {value}',
  'firstOrder.who.country': 'Clienții din {value}',
  'firstOrder.who.column': 'Clienții a căror primă comandă a avut {column} „{value}”',
  'firstOrder.who.other.product':
    'Clienții a căror primă comandă nu a inclus niciunul dintre primele {top} produse',
  'firstOrder.who.other.country': 'Clienții din celelalte țări',
  'firstOrder.who.other.column':
    'Clienții a căror primă comandă a avut altă valoare pentru {column}',
  'firstOrder.who.none.product': 'Clienții a căror primă comandă nu numește niciun produs',
  'firstOrder.who.none.country': 'Clienții fără țară în prima comandă',
  'firstOrder.who.none.column': 'Clienții a căror primă comandă nu a avut {column}',
  'repeat.title': 'Revin cei care au cumpărat prima dată?',
  'repeat.finding': {
    by: 'days',
    one: '{share} dintre clienții noi au cumpărat din nou în {days} zi.',
    few: '{share} dintre clienții noi au cumpărat din nou în {days} zile.',
    other: '{share} dintre clienții noi au cumpărat din nou în {days} de zile.',
  },
  'repeat.explain':
    'Primele săptămâni după prima achiziție decid dacă un client revine; dacă îl contactezi atunci, ai cele mai mari șanse. Pentru fiecare interval se numără doar clienții a căror primă achiziție e destul de veche.',
  'repeat.within': 'Au revenit în',
  'repeat.eligible': 'Clienți cu vechime suficientă',
  'repeat.returned': 'Au revenit',
  'repeat.rate': 'Rată',
  'repeat.median': {
    by: 'customers',
    one: {
      by: 'days',
      one: 'Singurul client care a revenit a cumpărat din nou după {days} zi.',
      few: 'Singurul client care a revenit a cumpărat din nou după {days} zile.',
      other: 'Singurul client care a revenit a cumpărat din nou după {days} de zile.',
    },
    few: {
      by: 'days',
      one: 'Cei care au revenit au cumpărat din nou după {days} zi (mediana; {customers} clienți).',
      few: 'Cei care au revenit au cumpărat din nou după {days} zile (mediana; {customers} clienți).',
      other:
        'Cei care au revenit au cumpărat din nou după {days} de zile (mediana; {customers} clienți).',
    },
    other: {
      by: 'days',
      one: 'Cei care au revenit au cumpărat din nou după {days} zi (mediana; {customers} de clienți).',
      few: 'Cei care au revenit au cumpărat din nou după {days} zile (mediana; {customers} de clienți).',
      other:
        'Cei care au revenit au cumpărat din nou după {days} de zile (mediana; {customers} de clienți).',
    },
  },
  'repeat.days': 'Zile de la prima la a doua achiziție',
  'repeat.customers': 'Clienți',
  'repeat.share': 'Procent din cei care au revenit',
  'repeat.bin': {
    by: 'to',
    one: '{from}–{to} zi',
    few: '{from}–{to} zile',
    other: '{from}–{to} de zile',
  },
  'repeat.binOpen': {
    by: 'from',
    one: '{from} zi sau mai mult',
    few: '{from} zile sau mai mult',
    other: '{from} de zile sau mai mult',
  },
  'repeat.chart': 'Zile până la a doua achiziție (zilele 21–30 marcate)',
  'repeatCohorts.title': 'Clienții mai noi revin mai repede?',
  'repeatCohorts.explain':
    'Ce parte dintre clienți au cumpărat din nou în 30, 60, 90 și 180 de zile, după luna primei achiziții. Fiecare cifră numără doar clienții a căror primă achiziție e destul de veche pentru intervalul respectiv, așa că lunile recente nu au încă cifre pentru intervalele lungi.',
  'repeatCohorts.month': 'Luna primei achiziții',
  'repeatCohorts.rate': 'Au cumpărat din nou',
  'repeatCohorts.series': {
    by: 'days',
    one: 'în {days} zi',
    few: 'în {days} zile',
    other: 'în {days} de zile',
  },
  'repeatCohorts.within': {
    by: 'days',
    one: 'În {days} zi',
    few: 'În {days} zile',
    other: 'În {days} de zile',
  },
  'repeatCohorts.customers': 'Clienți',
  'repeatCohorts.of': '({returned} din {eligible})',
  'repeatCohorts.chart': 'Procentul celor care au cumpărat din nou, după luna primei achiziții',
  'inWindow.title': 'Încă în fereastra lor',
  'inWindow.explain': {
    by: 'days',
    one: 'Acești clienți au cumpărat prima dată în ultima {days} zi și nu au mai revenit. Primele săptămâni decid dacă se întorc: contactează-i acum, începând cu cei care mai au cele mai puține zile.',
    few: 'Acești clienți au cumpărat prima dată în ultimele {days} zile și nu au mai revenit. Primele săptămâni decid dacă se întorc: contactează-i acum, începând cu cei care mai au cele mai puține zile.',
    other:
      'Acești clienți au cumpărat prima dată în ultimele {days} de zile și nu au mai revenit. Primele săptămâni decid dacă se întorc: contactează-i acum, începând cu cei care mai au cele mai puține zile.',
  },
  'inWindow.list': 'Clienți noi de contactat acum',
  'inWindow.firstPurchase': 'Prima achiziție',
  'inWindow.daysLeft': 'Zile rămase',
  'products.noColumn':
    'Acest fișier nu are o coloană de produs, deci nu este nimic de arătat aici.',
  'products.title': 'Ce cumpără clienții tăi fideli?',
  'products.explain':
    'Alege un grup de clienți ca să vezi ce produse cumpără cel mai mult și care ocupă o parte mai mare sau mai mică din ce cumpără ei decât din ce cumpără toți clienții tăi. La „Parte din ce cumpără” fiecare client contează o dată pentru fiecare produs; „× total” o împarte la aceeași parte calculată pentru toți clienții: peste 1, grupul preferă produsul.',
  'products.group': 'Clienți',
  'products.group.all': 'Toți clienții',
  'products.group.lapsed': 'Clienți inactivi',
  'products.groupSize': {
    by: 'customers',
    one: '{customers} client; cu produse cunoscute: {known}',
    few: '{customers} clienți; cu produse cunoscute: {known}',
    other: '{customers} de clienți; cu produse cunoscute: {known}',
  },
  'products.byRevenue': 'Produse de top după venit',
  'products.byCustomers': 'Produse de top după numărul de clienți',
  'products.over': 'O parte mai mare din coșul lor decât din al tuturor',
  'products.under': 'O parte mai mică din coșul lor decât din al tuturor',
  'products.product': 'Produs',
  'products.customers': 'Clienți',
  'products.share': 'Procent din grup',
  'products.overall': 'Procent din toți',
  'products.lift': '× total',
  'products.revenue': 'Venit',
  'products.revenueShare': 'Procent din venit',
  'products.overallRevenue': 'Procent din tot venitul',
  'products.mix': 'Parte din ce cumpără',
  'products.overallMix': 'Parte din ce cumpără toți',
  'products.small':
    '* Prea puțini clienți în spatele cifrei (sub {min}): interpreteaz-o cu grijă. Listele „parte mai mare” și „parte mai mică” arată doar produse cu destui clienți.',
  'products.noRevenue':
    'Acest export dă un singur total pe comandă, nu un preț pe produs, așa că produsele sunt ordonate doar după numărul de clienți.',
  'products.noProduct':
    'Liniile de achiziție fără produs ({count} din {lines}) nu sunt luate în calcul aici.',
  'products.none': 'Niciun client din acest grup nu are un produs cunoscut.',
  'products.countries': 'De unde sunt',
  'products.country': 'Țară',
  'products.country.other': 'Alte țări',
  'products.country.unknown': 'Fără țară',
  'products.gateway': 'Produse-poartă',
  'products.gatewayDays': 'Au revenit în',
  'products.gatewayExplain': {
    by: 'days',
    one: 'Produse cumpărate la prima vizită după care clienții au revenit în {days} zi mai des decât media (media: {share}; clienți noi luați în calcul: {eligible}). Apar doar produsele cu destui clienți noi (minimum: {min}).',
    few: 'Produse cumpărate la prima vizită după care clienții au revenit în {days} zile mai des decât media (media: {share}; clienți noi luați în calcul: {eligible}). Apar doar produsele cu destui clienți noi (minimum: {min}).',
    other:
      'Produse cumpărate la prima vizită după care clienții au revenit în {days} de zile mai des decât media (media: {share}; clienți noi luați în calcul: {eligible}). Apar doar produsele cu destui clienți noi (minimum: {min}).',
  },
  'products.firstBuyers': 'Clienți noi',
  'products.cameBack': 'Au revenit',
  'products.rate': 'Rată',
  'products.vsAverage': '× media',
  'products.gatewayHidden': {
    one: 'Încă {count} produs a avut rezultate peste medie, dar cu prea puțini clienți ca să tragi o concluzie.',
    few: 'Încă {count} produse au avut rezultate peste medie, dar cu prea puțini clienți ca să tragi o concluzie.',
    other:
      'Încă {count} de produse au avut rezultate peste medie, dar cu prea puțini clienți ca să tragi o concluzie.',
  },
  'products.gatewayNone': 'Deocamdată niciun produs nu iese în evidență.',
  'products.gatewayNoEligible':
    'Niciun client nou nu are încă vechime suficientă pentru acest interval.',
  'asof.label': 'Data de referință',
  'asof.reset': 'Cea mai recentă',
  'new.file': 'Încarcă alt fișier',
  'error.engine': 'Motorul de analiză nu a putut porni: {reason}',
  'error.dismiss': 'Închide',
  'error.import.goodFile':
    'Un fișier potrivit este un CSV (sau .xlsx) cu un rând de antet și câte un rând pentru fiecare comandă sau produs din comandă, cu client (id, e-mail sau nume), dată și sumă.',
  'error.import.binary': 'Acesta nu pare a fi un fișier text (CSV).',
  'error.import.empty': 'Fișierul este gol.',
  'error.import.noRows': 'Fișierul are un rând de antet, dar niciun rând de date.',
  'error.import.noColumn': 'Nu există nicio coloană numită „{column}” pentru {roles}.',
  'error.import.missing': 'Nu am găsit nicio coloană pentru {roles} printre {columns}.',
  'error.import.headerless':
    'Primul rând al fișierului conține date, nu nume de coloane, așa că acestea sunt numerotate de la {first} la {last} și nu se poate ghici după nume coloana pentru {roles}: alege tu care coloană ce conține.',
  'error.import.unusable': {
    by: 'rows',
    one: 'Singurul rând nu a putut fi folosit: {reason}.',
    few: 'Niciunul dintre cele {rows} rânduri nu a putut fi folosit; cel mai des: {reason}.',
    other: 'Niciunul dintre cele {rows} de rânduri nu a putut fi folosit; cel mai des: {reason}.',
  },
  'error.import.noCustomer':
    'Acest export nu are o coloană cu cumpărătorul, deci achizițiile nu pot fi separate pe clienți: descarcă un fișier cu id-ul, e-mailul sau numele cumpărătorului (din Etsy, CSV-ul „Orders”) sau alege tu coloana clientului.',
  'error.import.xls':
    'Acesta este un registru Excel vechi (.xls), care nu poate fi citit aici: salvează-l ca .xlsx sau CSV.',
  'error.import.csv': 'Fișierul nu poate fi citit ca CSV ({reason}).',
  'error.import.blank': 'Fișierul are doar linii goale.',
  'error.import.notGzip':
    'Fișierul se termină în .gz, dar nu e comprimat cu gzip: redenumește-l fără .gz (de exemplu orders.csv) sau comprimă-l cu gzip.',
  'error.import.longLine':
    'Linia {line} are peste 2 MB, cât nu are nicio linie de comenzi: fișierul nu e un tabel de comenzi sau i s-au pierdut sfârșiturile de linie (salvează-l din nou ca CSV).',
  'error.import.longLineAny':
    'O linie din fișier are peste 2 MB, cât nu are nicio linie de comenzi: fișierul nu e un tabel de comenzi sau i s-au pierdut sfârșiturile de linie (salvează-l din nou ca CSV).',
  'error.import.badLine':
    'Linia {line} din fișier nu poate fi citită ca CSV (ghilimele neînchise sau bytes care nu sunt text).',
  'error.import.unreadable': 'Fișierul nu poate fi citit ca CSV.',
  'error.import.xlsx':
    'Fișierul nu poate fi citit ca registru Excel: deschide-l și salvează-l din nou ca .xlsx sau CSV.',
  'error.import.or': '{first} sau {last}',
  'currency.label': 'Monedă',
  'currency.none': 'Niciuna (doar numere)',
  'currency.shown': '{currency}, după cum arată sumele',
  'currency.fromFile': 'Sume în {currency}, după cum scrie în fișier.',
  'currency.several':
    'Coloana de monedă conține {count} monede diferite: totalurile le adună așa cum sunt scrise.',
  'language.label': 'Limba',
  'language.latinDigits': 'Cifre latine (123)',
  'language.gregorian': 'Calendar gregorian',
  'notebook.intro':
    'Notițe despre această analiză: ce cauți și ce ai găsit. Apasă „Editează” ca să scrii aici.',
  'notebook.open.link': 'Linkul nu a putut fi deschis.',
  'notebook.open.file': 'Fișierul nu a putut fi deschis.',
  'notebook.open.saved':
    'Caietul salvat în acest browser nu a putut fi deschis, așa că am început unul nou.',
  'notebook.problem.format': 'Nu este un caiet regulars.',
  'notebook.problem.version':
    'A fost creat cu o versiune mai nouă de regulars: deschide-l pe o copie actualizată a site-ului.',
  'notebook.problem.size': 'Este prea mare ca să fie deschis în siguranță.',
  'notebook.problem.corrupt': 'Este deteriorat: trunchiat sau modificat pe drum.',
  'notebook.problem.invalid': 'Conținutul lui nu este un caiet valid ({detail}).',
  'cell.collapse': 'Restrânge',
  'cell.expand': 'Extinde',
  'cell.moveUp': 'Mută în sus',
  'cell.moveDown': 'Mută în jos',
  'cell.remove': 'Elimină',
  'markdown.label': 'Notiță (markdown)',
  'markdown.placeholder':
    'Scrie o notiță. Merge și Markdown: # titlu, **aldin**, - listă, [link](https://…)',
  'markdown.edit': 'Editează',
  'markdown.done': 'Gata',
  'markdown.empty': 'Notiță goală.',
  'result.count': 'Rânduri: {count}',
  'result.capped': {
    by: 'total',
    few: 'Primele {shown} din {total} rânduri',
    other: 'Primele {shown} din {total} de rânduri',
  },
  'result.null': 'NULL',
  'sql.editor': 'Interogare SQL',
  'sql.placeholder':
    'SELECT date_trunc(\'month\', "date") AS month, sum(total) AS revenue FROM purchases GROUP BY 1 ORDER BY 1',
  'sql.run': 'Rulează',
  'sql.runHint': 'Rulează (Ctrl+Enter sau ⌘+Enter)',
  'sql.cancel': 'Anulează',
  'sql.running': 'Se execută…',
  'sql.chart': 'Grafic',
  'sql.chart.auto': 'Automat',
  'sql.chart.table': 'Doar tabel',
  'sql.chart.line': 'Linie',
  'sql.chart.bar': 'Bare',
  'sql.figure': 'Graficul rezultatului',
  'sql.result': 'Rezultatul interogării',
  'sql.noLine':
    'Pentru o linie e nevoie de o primă coloană cu date calendaristice și de o coloană cu numere, pe cel puțin două rânduri.',
  'sql.noBar':
    'Pentru bare e nevoie de o coloană cu text și de o coloană cu numere, pe cel mult 50 de rânduri.',
  'sql.help.title': 'Ce pot interoga?',
  'sql.help.intro':
    'SQL DuckDB peste fișierul tău; nimic nu părăsește acest browser. Aceste vederi sunt pregătite:',
  'sql.help.orders':
    'câte un rând pentru fiecare comandă, inclusiv retururile: customer, order_id, date, total, lines.',
  'sql.help.purchases': 'comenzile cu un total mai mare decât zero.',
  'sql.help.customers':
    'câte un rând pentru fiecare client cu o achiziție până la data de referință: first_purchase, last_purchase, purchases, orders, revenue (net), recency_days, median_gap.',
  'sql.help.raw': 'fișierul tău așa cum a fost citit: fiecare coloană, fiecare celulă ca text.',
  'sql.help.keys':
    'Ctrl+Enter (⌘+Enter pe Mac) rulează interogarea; „Anulează” oprește o interogare care durează prea mult.',
  'update.ready': 'O versiune nouă regulars este gata.',
  'update.reload': 'Reîncarcă pagina ca s-o folosești',
  'load.large':
    '{name} are {size}: citirea poate dura câteva minute și s-ar putea să nu încapă în memoria pe care browserul o dă unei pagini. Pentru fișiere atât de mari, linia de comandă (npm run analyze) e mai rapidă.',
  'crash.memory':
    'Fișierul e prea mare pentru acest browser: {reason}. Încearcă un export cu mai puține coloane sau pe o perioadă mai scurtă, ori linia de comandă (npm run analyze), care nu are această limită.',
  'crash.engine': 'Motorul de analiză s-a oprit neașteptat ({reason}) și a fost repornit.',
  'crash.query': 'O interogare SQL a oprit motorul de analiză ({reason}); a fost repornit.',
  'crash.back': '{name} a fost citit din nou: analizele tale au revenit.',
  'remember.ask': 'Ține minte acest fișier pe acest dispozitiv',
  'remember.explain':
    'E păstrat doar în acest browser, pe acest calculator, ca să fie aici și data viitoare. Nu se încarcă nimic nicăieri.',
  'remember.replaces': 'Îl înlocuiește pe {name}, fișierul ținut minte acum.',
  'remember.kept': '{name} este ținut minte pe acest dispozitiv ({size}).',
  'remember.space':
    'Site-ul folosește {used} din spațiul de stocare al browserului, împreună cu copia sa pentru lucru offline.',
  'remember.notPersisted': 'Browserul îl poate totuși șterge dacă discul se umple aproape de tot.',
  'remember.forget': 'Uită acest fișier',
  'remember.full':
    'Nu e destul loc în spațiul de stocare al browserului ca să țină minte {name} ({size}). Eliberează spațiu pe disc sau trage din nou fișierul data viitoare.',
  'remember.failed': 'Fișierul nu a putut fi ținut minte: {reason}',
  'remember.gone':
    'Browserul a șters {name}, fișierul pe care i-ai cerut să-l țină minte (browserele fac asta când rămân fără spațiu). Trage din nou fișierul ca să-l vezi.',
  'datasets.title': 'Seturi de date de pe acest site',
  'datasets.intro':
    'Pregătite de cel care găzduiește această copie regulars. Se citesc aici, în browserul tău, ca un fișier al tău.',
  'datasets.link': 'Link',
  'datasets.linkHint': 'Un link care deschide direct acest set de date: copiază-l și trimite-l',
  'datasets.downloading': 'Se descarcă {title}…',
  'datasets.failed': '{file} nu a putut fi descărcat: {reason}',
  'datasets.unknown': 'Linkul cere setul de date „{name}”, pe care acest site nu îl oferă.',
  'datasets.link.origin':
    'Linkul cere încărcarea datelor de la {origin}, un alt site. regulars încarcă date doar de pe site-ul de pe care este servit, ca nimic din ce deschizi aici să nu comunice cu altcineva.',
  'datasets.link.scheme':
    'Linkul cere încărcarea datelor de la {url}, care nu este o adresă de pe acest site.',
  'datasets.bad':
    'Lista seturilor de date de pe acest site ({file}) nu poate fi folosită: {problem}.',
  'datasets.bad.json': 'nu este JSON valid',
  'datasets.bad.shape': 'trebuie să fie un obiect cu o listă "datasets"',
  'datasets.bad.entry': 'intrarea {entry} nu este un obiect',
  'datasets.bad.name':
    'intrarea {entry} are nevoie de un "name" din litere, cifre, puncte, cratime sau liniuțe de subliniere (are {value})',
  'datasets.bad.duplicate':
    'intrarea {entry} folosește numele {value}, pe care îl are deja o intrare anterioară',
  'datasets.bad.title': 'intrarea {entry} are nevoie de un "title"',
  'datasets.bad.file': 'intrarea {entry} are nevoie de un "file" de pe același site (are {value})',
  'datasets.bad.description': '"description" din intrarea {entry} trebuie să fie text',
  'datasets.bad.mapping':
    '"mapping" din intrarea {entry} trebuie să asocieze roluri de coloane ({roles}) cu nume de coloane, iar {value} nu face asta',
  'print.button': 'Tipărește / salvează PDF',
  'print.generated':
    'Realizat cu regulars la {date}. Datele nu au părăsit niciodată acest browser.',
  'chart.downloadSvg': 'Descarcă SVG',
  'chart.downloadPng': 'Descarcă PNG',
  'chart.numbers': 'Arată cifrele',
  'notebook.label': 'Caiet',
  'notebook.add.markdown': '+ Notiță',
  'notebook.add.sql': '+ Interogare SQL',
  'notebook.add.analysis': '+ Analiză…',
  'notebook.undo': 'Anulează',
  'notebook.redo': 'Refă',
  'notebook.undoHint': 'Anulează ultima modificare (Ctrl+Z sau ⌘+Z)',
  'notebook.redoHint': 'Refă (Ctrl+Shift+Z sau ⌘+Shift+Z)',
  'notebook.copyLink': 'Copiază linkul',
  'notebook.linkCopied':
    'Linkul a fost copiat. Conține notițele, interogările și setările caietului, niciodată datele tale.',
  'notebook.linkManual':
    'Copiază acest link. Conține notițele, interogările și setările caietului, niciodată datele tale.',
  'notebook.linkLabel': 'Link către acest caiet',
  'notebook.export': 'Salvează ca fișier',
  'notebook.import': 'Deschide un fișier…',
  'notebook.imported': 'Caietul a fost deschis din {name}.',
  'notebook.openedLink':
    'Caietul a fost deschis dintr-un link. Încarcă fișierul tău de vânzări ca să-i vezi analizele: linkul nu conține date.',
  'notebook.empty': 'Caietul nu are nicio celulă. Adaugă mai sus o notiță sau o interogare SQL.',
  'notebook.computing': 'Se calculează…',
  'notebook.loadFailed':
    'Celulele caietului nu s-au putut încărca ({reason}). Reîncărcați pagina: caietul este salvat în acest browser.',
  'notebook.shared': {
    by: 'count',
    one: 'Caietul a venit cu {count} interogare SQL. Nu a fost rulată: citește-o mai întâi. Interogările rulează doar în acest browser, pe datele tale, și nu pot accesa rețeaua.',
    few: 'Caietul a venit cu {count} interogări SQL. Nu au fost rulate: citește-le mai întâi. Interogările rulează doar în acest browser, pe datele tale, și nu pot accesa rețeaua.',
    other:
      'Caietul a venit cu {count} de interogări SQL. Nu au fost rulate: citește-le mai întâi. Interogările rulează doar în acest browser, pe datele tale, și nu pot accesa rețeaua.',
  },
  'notebook.runShared': 'Rulează SQL-ul primit',
  'cell.kind.markdown': 'Notiță',
  'cell.kind.sql': 'SQL',
  'cell.kind.summary': 'Rezumat',
  'cell.kind.cohorts': 'Cohorte',
  'cell.kind.repeat': 'A doua cumpărare',
  'cell.kind.products': 'Ce cumpără clienții fideli',
  'cell.kind.rfm': 'Segmente RFM',
  'cell.kind.inactivity': 'Inactivitate',
  'cell.kind.predict': 'Prognoză',
  'cell.kind.pareto': 'Pareto (80/20)',
  'overview.title': 'Dintr-o privire',
  'overview.lapsed': {
    by: 'count',
    one: {
      by: 'months',
      one: '{count} client nu a mai cumpărat în ultima lună; a adus {share} din venitul tău ({money}).',
      few: '{count} client nu a mai cumpărat în ultimele {months} luni; a adus {share} din venitul tău ({money}).',
      other:
        '{count} client nu a mai cumpărat în ultimele {months} de luni; a adus {share} din venitul tău ({money}).',
    },
    few: {
      by: 'months',
      one: '{count} clienți nu au mai cumpărat în ultima lună; au adus {share} din venitul tău ({money}).',
      few: '{count} clienți nu au mai cumpărat în ultimele {months} luni; au adus {share} din venitul tău ({money}).',
      other:
        '{count} clienți nu au mai cumpărat în ultimele {months} de luni; au adus {share} din venitul tău ({money}).',
    },
    other: {
      by: 'months',
      one: '{count} de clienți nu au mai cumpărat în ultima lună; au adus {share} din venitul tău ({money}).',
      few: '{count} de clienți nu au mai cumpărat în ultimele {months} luni; au adus {share} din venitul tău ({money}).',
      other:
        '{count} de clienți nu au mai cumpărat în ultimele {months} de luni; au adus {share} din venitul tău ({money}).',
    },
  },
  'overview.overdue': {
    by: 'count',
    one: '{count} client fidel întârzie față de propriul ritm: așteaptă de peste {factor} ori pauza lui obișnuită dintre cumpărături.',
    few: '{count} clienți fideli întârzie față de propriul ritm: așteaptă de peste {factor} ori pauza lor obișnuită dintre cumpărături.',
    other:
      '{count} de clienți fideli întârzie față de propriul ritm: așteaptă de peste {factor} ori pauza lor obișnuită dintre cumpărături.',
  },
  'overview.inWindow': {
    by: 'count',
    one: '{count} client nou este încă în fereastra de {days} de zile: contactează-l acum, cât timp se decide dacă revine.',
    few: '{count} clienți noi sunt încă în fereastra de {days} de zile: contactează-i acum, cât timp se decide dacă revin.',
    other:
      '{count} de clienți noi sunt încă în fereastra de {days} de zile: contactează-i acum, cât timp se decide dacă revin.',
  },
  'overview.top20': {
    by: 'count',
    one: 'Primii 20 % ({count} client) aduc {share} din venitul tău ({money}).',
    few: 'Primii 20 % ({count} clienți) aduc {share} din venitul tău ({money}).',
    other: 'Primii 20 % ({count} de clienți) aduc {share} din venitul tău ({money}).',
  },
  'overview.open.lapsed': 'Vezi cine nu mai cumpără',
  'overview.open.overdue': 'Vezi cine întârzie',
  'overview.open.inWindow': 'Vezi pe cine să contactezi',
  'overview.open.top20': 'Vezi VIP-urile',
  'contents.title': 'Cuprins',
  'contents.summary': {
    by: 'customers',
    one: '{customers} client',
    few: '{customers} clienți',
    other: '{customers} de clienți',
  },
  'contents.repeat': '{share} revin în {days} de zile',
  'contents.rfm': {
    by: 'count',
    one: '{count} campion',
    few: '{count} campioni',
    other: '{count} de campioni',
  },
  'contents.inactivity': '{count} inactivi',
  'contents.pareto': 'primii 20 %: {share}',
  'landing.title': 'Ce vei vedea după ce fișierul tău este încărcat',
  'landing.summary':
    'Ce conține fișierul tău: clienți, comenzi, venit și rândurile care nu au putut fi citite.',
  'landing.cohorts':
    'Revin clienții noi? Cei care au cumpărat prima dată în fiecare lună, urmăriți lună de lună.',
  'landing.repeat':
    'Cumpără a doua oară cei care au cumpărat prima dată, și cât de repede? Și pe cine să contactezi cât încă ajută.',
  'landing.products':
    'Ce cumpără clienții tăi fideli și ce primă achiziție îi aduce pe clienți înapoi.',
  'landing.rfm':
    'Cine cât valorează: Campioni, Fideli, În pericol, Nu-i poți pierde… și ce să faci pentru fiecare.',
  'landing.inactivity':
    'Cine nu mai cumpără, cei mai valoroși întâi, și care clienți fideli întârzie față de propriul ritm.',
  'landing.predict':
    'Cine este probabil încă client și cât va cheltui probabil fiecare în următoarele 12 luni.',
  'landing.pareto': 'Cât din venitul tău aduc primii 20 % dintre clienți, și cine sunt ei.',
  'sql.queued': 'Așteaptă interogarea de dinainte…',
  'sql.cancelled': 'Interogarea a fost anulată.',
  'sql.restarted': 'Interogarea nu se oprea, așa că motorul de analiză a fost repornit.',
  'sql.memory':
    'Această interogare a avut nevoie de mai multă memorie decât îi dă acest browser ({reason}).',
  'sql.crashed': 'Această interogare a oprit motorul de analiză ({reason}).',
  'sql.intact':
    'Datele tale au rămas neschimbate. Încearcă o interogare care produce valori mai puține sau mai scurte, sau una care agregă întâi.',
  'sql.readAgain':
    'Motorul a fost repornit, iar datele tale au fost citite din nou. Această interogare rulează din nou doar când apeși Rulează.',
  'sql.noData': 'Încarcă un fișier ca să rulezi această interogare pe datele tale.',
  'sql.locked': 'SQL primit: rulează după ce apeși „Rulează SQL-ul primit” mai sus.',
  'sql.blocked.write':
    'Blocat: aici pot rula doar interogări care citesc (SELECT, WITH, FROM, DESCRIBE …). {word} ar modifica baza de date sau ar ieși în afara ei.',
  'sql.blocked.reader':
    'Blocat: {word} citește fișiere sau adrese din rețea, iar aici o interogare nu are voie. Fișierul tău este deja în tabelul raw.',
  'sql.blocked.many':
    'Blocat: o singură instrucțiune pe celulă. Șterge punctul și virgula și ce urmează după el, sau mută restul într-o celulă separată.',
  'sql.blocked.expands':
    'Blocat: DuckDB ar rula asta ca mai multe instrucțiuni (un PIVOT fără listă IN (…) creează întâi un tip). Enumeră valorile: PIVOT … ON coloană IN (…).',
  'sql.blocked.engine':
    'Blocat: interogarea a încercat să acceseze rețeaua, alt fișier sau o setare. regulars lasă o interogare să citească doar datele tale, nimic altceva.',
  'sql.help.rules':
    'O singură instrucțiune de citire pe celulă. Baza de date nu poate accesa rețeaua sau alt fișier decât al tău, iar setările ei sunt blocate.',
  'markdown.blockedImages': {
    by: 'count',
    one: 'Blocat: {count} imagine de pe alt site nu a fost încărcată, deci nu s-a trimis nimic acolo.',
    few: 'Blocat: {count} imagini de pe alte site-uri nu au fost încărcate, deci nu s-a trimis nimic acolo.',
    other:
      'Blocat: {count} de imagini de pe alte site-uri nu au fost încărcate, deci nu s-a trimis nimic acolo.',
  },
  'cell.kind.follow-ups': 'Reveniri',
  'landing.follow-ups':
    'Dacă contactarea unei liste de clienți i-a adus înapoi, față de un grup ținut deoparte.',
  'followUp.start': 'Începe o revenire',
  'followUp.name': 'Nume',
  'followUp.share': 'Ținuți deoparte (%)',
  'followUp.split': '{kept} ținuți deoparte la întâmplare, {contacted} de contactat.',
  'followUp.detectable':
    'Cu aceste grupuri se vede o diferență de {points} puncte sau mai mult în cine revine.',
  'followUp.needed': 'Ca să vezi 20 de puncte, ține deoparte cel puțin {needed}.',
  'followUp.tooShort':
    'Lista e prea scurtă pentru a vedea chiar și o diferență de 20 de puncte: rezultatul poate fi „prea puțini pentru a spune”.',
  'followUp.draw': 'Trage la sorți',
  'followUp.drawn':
    'Tras la sorți: {contacted} de contactat, {kept} ținuți deoparte (nu-i contacta). Păstrat pe acest dispozitiv; celula Reveniri o măsoară pe următorul tău export.',
  'followUp.downloadContacts': 'Descarcă lista de contact (CSV)',
  'followUp.email': 'Email',
  'followUp.local':
    'Revenirile se păstrează doar pe acest dispozitiv și nu intră niciodată într-un link, pentru că numesc clienți. Salvează-le într-un fișier ca să le păstrezi și în altă parte.',
  'followUp.save': 'Salvează revenirile într-un fișier',
  'followUp.open': 'Deschide un fișier de reveniri',
  'followUp.none':
    'Nicio revenire încă. Începe una din orice listă de clienți: inactivi, întârziați, un segment RFM, o celulă de cohortă, clienți noi încă în fereastra lor.',
  'followUp.remove': 'Șterge',
  'followUp.meta':
    'Început pe {start} din lista „{list}”: {contacted} contactați, {kept} ținuți deoparte.',
  'followUp.measuring': 'Se măsoară…',
  'followUp.col.contacted': 'Contactați',
  'followUp.col.kept': 'Ținuți deoparte',
  'followUp.col.difference': 'Diferență (interval 95 %)',
  'followUp.row.customers': 'Clienți în acest fișier',
  'followUp.row.cameBack': 'Au revenit',
  'followUp.row.revenue': 'Venit pe client',
  'followUp.missing': '{count} nu sunt în acest fișier',
  'followUp.range': '{value} ({low} până la {high})',
  'followUp.verdict.more':
    'Clienții contactați au revenit cu {points} puncte mai des decât cei ținuți deoparte (interval 95 % {low} până la {high}): cam {customers} clienți și {revenue} aduși de revenire.',
  'followUp.verdict.less':
    'Clienții contactați au revenit cu {points} puncte mai rar decât cei ținuți deoparte (interval 95 % {low} până la {high}): poate revenirea i-a îndepărtat pe unii. Încearcă alt mesaj.',
  'followUp.verdict.unclear':
    'Încă nicio diferență clară: contactații au revenit cu {difference} puncte față de cei ținuți deoparte (interval 95 % {low} până la {high}). Măsoară din nou pe un export ulterior.',
  'followUp.verdict.too_few':
    'Prea puțini clienți pentru a spune: fiecare grup are nevoie de cel puțin {min} clienți în acest fișier (contactați {contacted}, ținuți deoparte {kept}).',
  'followUp.verdict.not_started':
    'Încă nimic de măsurat: datele încărcate merg până la {asOf}, nu după început ({start}). Încarcă un export mai nou.',
} satisfies Catalogue;
