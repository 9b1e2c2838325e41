//! "What to do next": the practical part of the debrief, drawn only from the
//! Module 3 summary and the sourced domain notes (phone numbers as ECPAT
//! Belgique lists them). The "3 phases" of specialised support are not known,
//! so they are not described.

use crate::scenario::Lang;

/// A titled list.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// Heading.
    pub title: &'static str,
    /// Items, one sentence each.
    pub items: &'static [&'static str],
}

const FR: &[Section] = &[
    Section {
        title: "Secret professionnel",
        items: &[
            "Si vous disposez d'éléments indiquant qu'un mineur est victime d'exploitation sexuelle, vous pouvez lever votre secret professionnel.",
            "S'il y a des éléments indiquant que le mineur est en péril grave, vous devez lever votre secret professionnel.",
            "Comment ? En informant le Procureur du Roi des faits en question.",
            "En cas de doute, ne restez pas seul·e avec ces questionnements.",
            "Soyez transparent·e avec la victime : informez-la des démarches que vous comptez entreprendre.",
        ],
    },
    Section {
        title: "Démarches pour signaler une situation de traite",
        items: &[
            "1. En parler à ses collègues, en réunion d'équipe : croiser les regards, imaginer ensemble ce qu'on peut faire.",
            "2. Interpeller et échanger avec un centre spécialisé.",
            "3. Discuter avec le tuteur ou l'avocat si la jeune est placée en institution.",
            "4. Dialoguer tous ensemble.",
        ],
    },
    Section {
        title: "Rôle de la police",
        items: &[
            "Rédiger un PV le plus complet et le plus détaillé possible.",
            "Écarter la victime du danger.",
            "Réaliser une enquête.",
            "Faire preuve d'empathie et montrer un surcroît d'écoute active.",
        ],
    },
    Section {
        title: "Conclure l'entretien",
        items: &[
            "Remerciez la jeune de l'échange.",
            "Répétez votre disponibilité.",
            "Dites-lui que vous vous engagez à revenir vers elle.",
        ],
    },
    Section {
        title: "Construire et maintenir un lien de confiance",
        items: &[
            "Appliquer les 5 points clés de l'entretien.",
            "Discuter de la situation de traite, mais aussi de ce que la victime vit en dehors de l'exploitation.",
            "Se soucier des besoins primaires.",
            "Baliser des objectifs à court et à moyen terme (pas à long terme : l'adolescent ne se projette pas aussi loin).",
            "Ne pas remettre en cause, mais aider à avancer.",
            "Gérer la prévisibilité, ne pas faire de fausses promesses.",
            "Proposer des moments informels pour tisser des liens.",
            "Offrir un objet qui symbolise ce lien de confiance : un porte-clés, un bracelet, un cadre photo…",
        ],
    },
    Section {
        title: "Accompagnement spécialisé",
        items: &[
            "Idéalement, les victimes sont prises en charge dans un centre d'accueil spécialisé qui propose un accompagnement spécialisé et progressif.",
        ],
    },
    Section {
        title: "Demander de l'aide",
        items: &[
            "Child Focus : 116 000 (aussi pour une consultation anonyme en tant que professionnel·le).",
            "Pag-Asa (Bruxelles) : 02 511 64 64.",
            "Sürya (Wallonie) : 04 232 40 30.",
            "Payoke (Flandre) : 03 201 16 90.",
        ],
    },
];

const EN: &[Section] = &[
    Section {
        title: "Professional secrecy",
        items: &[
            "If you have elements indicating that a minor is a victim of sexual exploitation, you may lift your professional secrecy.",
            "If there are elements indicating that the minor is in grave danger (péril grave), you must lift your professional secrecy.",
            "How? By informing the Procureur du Roi (public prosecutor) of the facts.",
            "When in doubt, don't stay alone with these questions.",
            "Be transparent with the victim: tell her which steps you intend to take.",
        ],
    },
    Section {
        title: "Steps to report a trafficking situation",
        items: &[
            "1. Talk it over with colleagues in a team meeting: compare views and work out together what can be done.",
            "2. Contact and consult a specialised centre.",
            "3. Talk with the guardian or lawyer if the young person is placed in an institution.",
            "4. Hold a dialogue all together.",
        ],
    },
    Section {
        title: "The police's role",
        items: &[
            "Write a report (PV) as complete and detailed as possible.",
            "Remove the victim from danger.",
            "Carry out an investigation.",
            "Show empathy and extra active listening.",
        ],
    },
    Section {
        title: "Closing the interview",
        items: &[
            "Thank the young person for the conversation.",
            "Repeat that you are available.",
            "Tell her you commit to coming back to her.",
        ],
    },
    Section {
        title: "Building and keeping trust",
        items: &[
            "Apply the 5 key points of the interview.",
            "Talk about the trafficking situation, but also about what the victim lives outside the exploitation.",
            "Care about basic needs.",
            "Set short- and medium-term goals (not long-term: adolescents do not project that far ahead).",
            "Don't call things into question; help her move forward.",
            "Be predictable; make no false promises.",
            "Offer informal moments to build the bond.",
            "Offer an object that symbolises the bond of trust: a keyring, a bracelet, a photo frame…",
        ],
    },
    Section {
        title: "Specialised support",
        items: &[
            "Ideally, victims are taken in by a specialised reception centre offering specialised, step-by-step support.",
        ],
    },
    Section {
        title: "Getting help",
        items: &[
            "Child Focus: 116 000 (also for an anonymous consultation as a professional).",
            "Pag-Asa (Brussels): 02 511 64 64.",
            "Sürya (Wallonia): 04 232 40 30.",
            "Payoke (Flanders): 03 201 16 90.",
        ],
    },
];

/// The sections of "what to do next".
pub fn next_steps(lang: Lang) -> &'static [Section] {
    match lang {
        Lang::Fr => FR,
        Lang::En => EN,
    }
}
