//! What a demo casus is about: one content table per theme (reading, maths, behaviour, NT2,
//! concentration, …), so the signal, needs, factors, goal, intervention, conversations and
//! evaluation of a casus fit its title, as an intern begeleider or ondersteuningscoördinator
//! would expect. Texts use `{teacher}` and `{class_contact}`, filled from the pupil's
//! onderwijstype (`EducationType::wording()`), so a vo pupil gets "docent" and "mentor".

use crate::domain::pupil::Wording;

/// The texts of one theme. Factor domains are template keys (`leerling`, `onderwijs`, `thuis`).
#[derive(Debug)]
pub struct Theme {
    pub title: &'static str,
    pub observation: &'static str,
    pub data: &'static str,
    pub need: &'static str,
    pub helping: (&'static str, &'static str),
    pub hindering: (&'static str, &'static str),
    pub goal: &'static str,
    pub intervention: &'static str,
    pub frequency: &'static str,
    pub execution: &'static str,
    pub deviation: &'static str,
    pub pupil_talk: &'static str,
    pub parent_talk: &'static str,
    pub parent_agreement: &'static str,
    pub rationale: &'static str,
}

/// Every theme; casus titles are taken from here.
pub const THEMES: &[Theme] = &[
    Theme {
        title: "Technisch lezen blijft achter",
        observation: "Leest hardop haperend en spellend; raadt woorden en slaat regels over. De {teacher} ziet dat het lezen duidelijk achterblijft bij de klas.",
        data: "DMT en AVI-toets (half jaar); observatie tijdens het stillezen.",
        need: "Heeft dagelijks korte, begeleide leesoefening nodig met teksten op het eigen niveau.",
        helping: (
            "thuis",
            "Ouders lezen thuis elke avond tien minuten samen met het kind.",
        ),
        hindering: (
            "leerling",
            "Schaamt zich bij hardop lezen en vermijdt leesmomenten.",
        ),
        goal: "Leest een tekst op het eigen AVI-niveau met hooguit drie fouten per honderd woorden.",
        intervention: "Herhaald lezen (RALFI) in een klein groepje, begeleid door de {teacher}.",
        frequency: "vier keer per week een kwartier",
        execution: "Zes weken RALFI-lezen gedaan; leessnelheid en leesplezier gemeten.",
        deviation: "Twee weken één keer minder door een schoolreisje.",
        pupil_talk: "Vertelt dat lezen ‘stom’ is omdat anderen sneller zijn; wil graag strips lezen.",
        parent_talk: "Ouders herkennen het: thuis leest het kind liever niet. Uitgelegd wat er op school gebeurt.",
        parent_agreement: "Ouders lezen thuis dagelijks tien minuten samen; strips mogen ook.",
        rationale: "Leest vlotter: de fouten per honderd woorden zijn gehalveerd, het niveau nog niet gehaald.",
    },
    Theme {
        title: "Rekenen: automatiseren blijft achter",
        observation: "Telt bij optellen en vermenigvuldigen nog op de vingers en loopt vast bij opgaven met meerdere stappen.",
        data: "Methodetoetsen rekenen blok 2 en 3; tempotoets automatiseren.",
        need: "Heeft dagelijks korte oefening van de basisbewerkingen nodig, met zichtbare vooruitgang.",
        helping: (
            "leerling",
            "Is gemotiveerd door een eigen grafiek met de behaalde scores.",
        ),
        hindering: (
            "onderwijs",
            "Weinig tijd voor inoefenen; de methode gaat snel door naar nieuwe stof.",
        ),
        goal: "Beantwoordt 40 sommen van de basisbewerkingen binnen vier minuten foutloos.",
        intervention: "Dagelijks tien minuten automatiseren met flitskaarten en een rekenprogramma, begeleid door de {teacher}.",
        frequency: "dagelijks tien minuten",
        execution: "Vijf weken dagelijks geoefend; de tempotoets wekelijks afgenomen.",
        deviation: "De software was een week niet beschikbaar; toen met flitskaarten geoefend.",
        pupil_talk: "Vindt rekenen moeilijk ‘omdat het te snel gaat’; wil graag zelf zien dat het beter gaat.",
        parent_talk: "Ouders willen thuis helpen; afgesproken welke oefeningen passen bij wat op school gebeurt.",
        parent_agreement: "Thuis drie keer per week vijf minuten oefenen met de flitskaarten.",
        rationale: "Maakt 32 van de 40 sommen binnen de tijd; de vooruitgang is duidelijk.",
    },
    Theme {
        title: "Concentratie in de klas",
        observation: "Is tijdens zelfstandig werken na een paar minuten afgeleid, kijkt rond en maakt weinig af.",
        data: "Observatie in de klas (drie lessen); overzicht van afgemaakt werk.",
        need: "Heeft korte, duidelijke opdrachten nodig met een vast controlemoment halverwege.",
        helping: (
            "leerling",
            "Werkt geconcentreerd bij een-op-een uitleg en bij praktische opdrachten.",
        ),
        hindering: (
            "onderwijs",
            "Lange instructie en een drukke plek in het lokaal.",
        ),
        goal: "Maakt een opdracht van twintig minuten zelfstandig af, met één controlemoment.",
        intervention: "Taakkaart met stappen en een time-timer; rustige werkplek; korte check door de {teacher} halverwege.",
        frequency: "bij elk moment van zelfstandig werken",
        execution: "Taakkaart en time-timer drie weken dagelijks gebruikt.",
        deviation: "Eén week niet door een invaller.",
        pupil_talk: "Zegt dat het ‘in het hoofd druk’ is in de klas; een plek bij het raam helpt volgens de leerling.",
        parent_talk: "Ouders zien thuis hetzelfde bij huiswerk; besproken wat op school helpt.",
        parent_agreement: "Ouders gebruiken thuis ook een timer bij huiswerk.",
        rationale: "Maakt de opdracht in vier van de vijf lessen af; het controlemoment helpt.",
    },
    Theme {
        title: "Sociaal-emotioneel: trekt zich terug",
        observation: "Speelt en werkt steeds vaker alleen, zegt weinig in de groep en lijkt somber.",
        data: "Observatie in de klas en op het plein; uitkomsten van de sociaal-emotionele vragenlijst.",
        need: "Heeft een veilige relatie met een volwassene op school en kleine, haalbare contactmomenten nodig.",
        helping: ("thuis", "Heeft thuis een hechte band met een oudere zus."),
        hindering: (
            "leerling",
            "Weinig vertrouwen in eigen kunnen; bang om fouten te maken.",
        ),
        goal: "Werkt twee keer per week samen met een klasgenoot en vertelt daarover in het kringgesprek.",
        intervention: "Wekelijks kort gesprek met de {class_contact}; samenwerkopdrachten met een vaste maatje.",
        frequency: "wekelijks gesprek, twee keer per week samenwerken",
        execution: "Zes weken wekelijks gesproken; maatje gekozen samen met de leerling.",
        deviation: "Het maatje was twee weken ziek.",
        pupil_talk: "Vertelt dat het ‘niet zo leuk’ is in de groep; noemt één klasgenoot met wie het wel gaat.",
        parent_talk: "Ouders maken zich zorgen; thuis is het kind vrolijker. Besproken wat school doet en wanneer externe hulp nodig kan zijn.",
        parent_agreement: "Ouders vertellen het als er thuis iets verandert; over zes weken opnieuw een gesprek.",
        rationale: "Werkt nu regelmatig samen met het maatje; vertellen in de groep lukt nog niet.",
    },
    Theme {
        title: "Werkhouding en planning",
        observation: "Vergeet opdrachten en spullen, begint laat en levert werk vaak niet of half in.",
        data: "Overzicht van ingeleverd werk; observaties van de {teacher}.",
        need: "Heeft hulp nodig bij het plannen van werk in kleine stappen, met een vast moment om terug te kijken.",
        helping: (
            "leerling",
            "Wil graag laten zien dat het lukt; reageert goed op complimenten.",
        ),
        hindering: (
            "onderwijs",
            "Opdrachten staan op verschillende plekken; geen vast overzicht.",
        ),
        goal: "Levert vier weken achter elkaar alle opdrachten op tijd in, met een eigen weekplanning.",
        intervention: "Weekplanner invullen met de {class_contact} op maandag, terugkijken op vrijdag.",
        frequency: "twee vaste momenten per week",
        execution: "Weekplanner vijf weken gebruikt; maandag- en vrijdagmoment gehouden.",
        deviation: "Het vrijdagmoment viel één keer uit door een studiedag.",
        pupil_talk: "Zegt dat het ‘gewoon vergeet’ wat er moet; wil een overzicht dat er elke dag hetzelfde uitziet.",
        parent_talk: "Ouders willen graag zien wat er moet gebeuren; afgesproken dat de planner mee naar huis gaat.",
        parent_agreement: "Ouders kijken op zondag samen met hun kind naar de planner.",
        rationale: "Levert drie van de vier weken alles op tijd in; de planner werkt.",
    },
    Theme {
        title: "Taalontwikkeling (NT2)",
        observation: "Spreekt nog kort Nederlands, begrijpt instructies vaak niet en mist woorden bij zaakvakken.",
        data: "Woordenschattoets; observatie tijdens instructie; gegevens van de vorige school.",
        need: "Heeft gerichte woordenschatuitbreiding nodig en instructie met beeld en voordoen.",
        helping: (
            "thuis",
            "Spreekt thuis vloeiend de eigen taal en leest daarin; ouders zijn betrokken.",
        ),
        hindering: (
            "onderwijs",
            "Instructie is vooral mondeling, met weinig visuele ondersteuning.",
        ),
        goal: "Kent de 150 woorden van de woordlijst van het thema en gebruikt ze in een eigen zin.",
        intervention: "Voorbereiden van de woorden van het thema met plaatjes (pre-teaching), in een klein groepje met de {teacher}.",
        frequency: "drie keer per week twintig minuten",
        execution: "Twee thema's met pre-teaching gedaan; woordenlijst wekelijks getoetst.",
        deviation: "Eén week zonder groepje door een toetsweek.",
        pupil_talk: "Vertelt dat het de uitleg vaak niet snapt, maar niet durft te vragen; plaatjes helpen.",
        parent_talk: "Gesprek met een tolk; ouders lezen thuis in de eigen taal voor. Uitgelegd dat dit de taalontwikkeling helpt.",
        parent_agreement: "Ouders bespreken de woorden van het thema thuis in de eigen taal.",
        rationale: "Kent 120 van de 150 woorden en gebruikt ze steeds vaker in de klas.",
    },
    Theme {
        title: "Gedrag: conflicten op het plein",
        observation: "Raakt bij spel op het plein of in de pauze vaak in conflict en wordt dan snel boos.",
        data: "Registratie van incidenten (zes in vier weken); observatie in de pauze.",
        need: "Heeft duidelijke afspraken en een vaste volwassene nodig bij wie het kan afkoelen.",
        helping: (
            "leerling",
            "Kan achteraf goed vertellen wat er gebeurde en wil het graag anders doen.",
        ),
        hindering: (
            "onderwijs",
            "Weinig toezicht en weinig structuur in de pauze.",
        ),
        goal: "Heeft vier weken achter elkaar hooguit één conflict per week in de pauze.",
        intervention: "Afkoelkaart en een vaste afspraak met de {class_contact}; korte terugblik na elke pauze.",
        frequency: "dagelijks na de pauze",
        execution: "Afkoelkaart vier weken gebruikt; terugblik bijna elke dag gedaan.",
        deviation: "Bij een invaller werd de terugblik twee dagen vergeten.",
        pupil_talk: "Vertelt dat anderen ‘altijd beginnen’; wil wel leren hoe je rustig blijft.",
        parent_talk: "Ouders horen het liever meteen als er iets gebeurt; thuis speelt dit minder.",
        parent_agreement: "School belt ouders na een incident dezelfde dag; ouders bespreken het thuis.",
        rationale: "Het aantal conflicten is gedaald van zes naar twee in vier weken.",
    },
    Theme {
        title: "Begrijpend lezen",
        observation: "Leest technisch goed, maar kan na het lezen niet vertellen waar een tekst over gaat.",
        data: "Toets begrijpend lezen (half jaar); observatie bij teksten van zaakvakken.",
        need: "Heeft expliciete instructie nodig in leesstrategieën: voorspellen, vragen stellen, samenvatten.",
        helping: (
            "leerling",
            "Leest graag informatieve teksten over dieren en sport.",
        ),
        hindering: (
            "onderwijs",
            "Weinig modelen van leesstrategieën; vooral zelfstandig lezen met vragen.",
        ),
        goal: "Vat een informatieve tekst van één bladzijde samen in drie zinnen met de hoofdgedachte.",
        intervention: "Hardop-denkend voorlezen (modelen) en samenvatten met een kaart met leesstrategieën, door de {teacher}.",
        frequency: "twee keer per week dertig minuten",
        execution: "Vijf weken modelen en samenvatten; elke week een samenvatting beoordeeld.",
        deviation: "Geen.",
        pupil_talk: "Zegt dat het ‘alles leest maar dan weer kwijt is’; de strategiekaart vindt de leerling handig.",
        parent_talk: "Ouders vragen hoe ze thuis kunnen helpen; afgesproken dat ze na het lezen vragen wat de hoofdgedachte is.",
        parent_agreement: "Thuis na het lezen samen de hoofdgedachte benoemen.",
        rationale: "Samenvattingen bevatten nu meestal de hoofdgedachte; soms nog te lang.",
    },
];

impl Theme {
    /// The theme of a demo casus title.
    pub fn for_title(title: &str) -> Option<&'static Theme> {
        THEMES.iter().find(|theme| theme.title == title)
    }

    /// Every text of the theme as it appears in records, worded for the pupil's onderwijstype.
    pub fn texts(&self, wording: &Wording) -> Vec<String> {
        [
            self.observation,
            self.data,
            self.need,
            self.helping.1,
            self.hindering.1,
            self.goal,
            self.intervention,
            self.frequency,
            self.execution,
            self.deviation,
            self.pupil_talk,
            self.parent_talk,
            self.parent_agreement,
            self.rationale,
        ]
        .iter()
        .map(|text| worded(text, wording))
        .collect()
    }
}

/// Fills `{teacher}` and `{class_contact}` from the wording.
pub fn worded(text: &str, wording: &Wording) -> String {
    text.replace("{teacher}", wording.teacher)
        .replace("{class_contact}", wording.class_contact)
}
