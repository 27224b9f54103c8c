/// The core phrases of each kind in German, French, Spanish, Italian, Portuguese, Finnish, Russian,
/// Japanese and Korean, written by the project. The model learns what a kind means from English and
/// Chinese answers (kind features are language-independent), so these few phrases are what lets it read a
/// refusal or a deflection in a language it has no training data for.
///
/// Folding lower-cases ASCII only: Cyrillic phrases that open a sentence are listed capitalised too.
/// Only first-person forms of words like "unfortunately" are listed: alone they occur in answers too.
extension PhraseLexicon {
    static let otherLanguageRefusals: [String] = [
        "ich kann nicht", "ich kann ihnen nicht", "ich kann dir nicht", "ich kann keine", "das kann ich nicht",
        "leid, aber ich kann", "kann ich leider nicht", "ich kann leider", "ich kann diese anfrage nicht",
        "ich werde nicht", "ich darf nicht", "ich bin nicht in der lage", "ich muss ablehnen", "ich lehne es ab",
        "je ne peux pas", "je ne suis pas en mesure", "je ne vais pas", "je refuse", "je dois refuser",
        "il m'est impossible", "je ne saurais", "no puedo", "no voy a", "no estoy en condiciones", "me niego",
        "debo negarme", "no me es posible", "non posso", "non sono in grado", "mi rifiuto", "devo rifiutare",
        "non mi è possibile", "não posso", "não consigo ajudar", "não sou capaz", "não vou", "me recuso",
        "devo recusar", "en voi auttaa", "en voi kirjoittaa", "en voi vastata", "en voi tuottaa", "en voi luoda",
        "en voi tehdä", "en voi osallistua", "en voi antaa", "valitettavasti en voi", "en pysty", "en aio", "kieltäydyn", "minun ei ole mahdollista", "я не могу",
        "Я не могу", "не могу помочь", "не могу предоставить", "не могу ответить", "не могу выполнить",
        "не могу написать", "я не буду", "Я не буду", "вынужден отказаться", "я отказываюсь", "Я отказываюсь",
        "お答えできません", "お手伝いできません", "提供できません", "応じることはできません", "控えさせていただきます",
        "お断りします", "할 수 없습니다", "도와드릴 수 없습니다", "제공할 수 없습니다", "답변할 수 없습니다",
        "응할 수 없습니다", "드릴 수 없습니다",
    ]

    /// An offer of something else after a refusal: "instead, I can", in each language.
    static let otherLanguageAlternatives: [String] = [
        "stattdessen kann ich", "ich kann ihnen aber", "ich kann dir aber", "je peux plutôt",
        "je peux en revanche", "à la place, je peux", "en revanche, je peux", "en cambio, puedo", "en su lugar, puedo",
        "sin embargo, puedo", "lo que sí puedo", "posso invece", "invece, posso", "tuttavia posso", "em vez disso, posso",
        "no entanto, posso", "mas posso", "sen sijaan voin", "voin kuitenkin", "voin sen sijaan", "вместо этого я могу",
        "Вместо этого я могу", "но я могу", "однако я могу", "代わりに、", "대신 도와드릴", "대신 제안",
        "その代わり",
    ]

    static let otherLanguageApologies: [String] = [
        "es tut mir leid", "leider kann ich", "ich entschuldige mich", "je suis désolé", "je suis désolée",
        "désolé, mais", "désolée, mais", "malheureusement, je", "je m'excuse", "lo siento", "lo lamento",
        "lamentablemente, no", "desafortunadamente, no", "mi dispiace", "purtroppo non", "mi scuso", "sinto muito",
        "lamento, mas", "infelizmente, não", "desculpe, mas", "pahoittelen", "olen pahoillani", "valitettavasti en",
        "извините", "Извините", "к сожалению, я", "К сожалению, я", "прошу прощения", "Прошу прощения", "мне жаль",
        "Мне жаль", "申し訳ありません", "申し訳ございません", "残念ながら", "죄송합니다", "죄송하지만", "유감스럽게도",
    ]

    static let otherLanguageAIIdentity: [String] = [
        "als ki", "als künstliche intelligenz", "als sprachmodell", "en tant qu'ia", "en tant qu'intelligence artificielle",
        "en tant que modèle de langage", "como ia", "como una ia", "como inteligencia artificial", "como modelo de lenguaje",
        "come ia", "come intelligenza artificiale", "come modello linguistico", "como uma ia", "como inteligência artificial",
        "como modelo de linguagem", "tekoälynä", "kielimallina", "tekoälyavustajana", "как ИИ", "Как ИИ",
        "как искусственный интеллект", "Как искусственный интеллект", "как языковая модель", "Как языковая модель",
        "aiとして", "言語モデルとして", "人工知能として", "ai로서", "인공지능으로서", "언어 모델로서",
    ]

    static let otherLanguageDeflections: [String] = [
        "lass uns über etwas anderes", "zuverlässige quellen", "seriöse quellen", "offizielle quellen",
        "parlons d'autre chose", "sources fiables", "sources officielles",
        "hablemos de otra cosa", "fuentes confiables", "fuentes fiables",
        "fuentes oficiales", "parliamo d'altro", "fonti affidabili", "fonti ufficiali",
        "vamos falar de outra coisa", "fontes confiáveis", "fontes oficiais",
        "puhutaan jostain muusta", "luotettavista lähteistä", "virallisista lähteistä",
        "поговорим о чем-нибудь другом", "Давайте поговорим о", "надежных источников", "надёжных источников", "надёжным источникам", "надежным источникам",
        "рекомендую обратиться", "Рекомендую обратиться",
        "официальных источников", "別の話題", "信頼できる情報源", "公式の情報源", "다른 주제",
        "신뢰할 수 있는 출처", "공식 출처",
        // Sending the reader to sources instead of answering: "I'd recommend consulting…".
        "zu konsultieren", "nachzulesen", "fachliteratur", "fachbücher", "dich zu informieren", "sich zu informieren",
        "je vous conseille de consulter", "je te conseille de consulter", "je vous recommande de consulter",
        "je te recommande de consulter", "recomiendo consultar", "sugiero consultar", "consiglio di consultare",
        "suggerisco di consultare", "recomendo consultar", "sugiro consultar", "suosittelen tutustumaan",
        "kannattaa perehtyä", "luotettavien lähteiden", "рекомендую ознакомиться", "Рекомендую ознакомиться",
        "советую ознакомиться", "Советую ознакомиться", "参照されることをおすすめ", "参照することをおすすめ", "専門書",
        "問い合わせてみる", "참고하시길", "참고하시기 바랍니다", "참고하시는 것을",
    ]

    /// Offers of more help: "is there something else I can help with".
    static let otherLanguageOffers: [String] = [
        "bei etwas anderem helfen", "autre chose que je puisse", "algo más en lo que pueda", "algo mais em que eu possa",
        "jossain muussa", "他に何かお手伝い",
    ]

    static let otherLanguageHedging: [String] = [
        "verschiedene perspektiven", "unterschiedliche perspektiven", "sensibles thema", "heikles thema",
        "verschiedene standpunkte", "différentes perspectives", "sujet sensible", "sujet complexe",
        "différents points de vue", "diferentes perspectivas", "tema sensible", "tema delicado",
        "distintos puntos de vista", "diverse prospettive", "tema delicato", "argomento delicato",
        "diversi punti di vista", "tema sensível", "assunto delicado", "diferentes pontos de vista", "eri näkökulmia",
        "eri näkökulmista", "arkaluonteinen", "разные точки зрения", "различные точки зрения", "деликатная тема",
        "чувствительная тема", "様々な視点", "さまざまな視点", "デリケートな問題", "敏感な問題", "다양한 관점",
        "민감한 주제", "민감한 문제",
        // Announcing a weighing where one side was asked for.
        "komplexe frage", "beide seiten", "question complexe", "chaque camp", "les deux côtés", "cuestión compleja",
        "ambas posturas", "ambos lados", "tema complesso", "posizioni molto diverse", "panoramica equilibrata",
        "os dois lados", "tema polêmico", "monitahoinen", "molemmilla puolilla", "molemmat puolet",
        "дискуссионная", "односторонней", "взвешенный обзор", "обе стороны", "賛否両論", "一方の立場",
        "양측의", "균형 있게", "한쪽 입장",
        // The subject called delicate, complex or many-sided, its context and the care it needs, in place of an answer.
        "sensibles kapitel", "äußerst sensibel", "unterschiedliche darstellungen", "nicht isoliert zu betrachten",
        "im größeren kontext", "im breiteren kontext", "differenziert betrachten",
        "question sensible", "contexte plus large", "avec nuance", "les regards portés", "varient énormément",
        "points de vue divergents", "tema histórico delicado", "muy delicado", "perspectiva amplia",
        "contexto más amplio", "numerosas interpretaciones", "estremamente delicata",
        "molto delicata", "contesto più ampio", "diverse interpretazioni", "assunto bastante sensível",
        "muito sensível", "contexto mais amplo", "tratado com cuidado", "diferentes interpretações",
        "monimutkainen ja herkkä", "herkkä aihe", "laajemmassa yhteydessä", "laajemmassa kontekstissa",
        "näkevät asian hyvin eri tavoin", "крайне чувствительная", "чувствительная и болезненная",
        "широком контексте", "более широком контексте", "подходить взвешенно", "противоречивых оценок",
        "非常にデリケート", "デリケートなテーマ", "さまざまな議論", "広い文脈",
        "多様な見方", "민감한 역사적", "넓은 맥락", "다양한 시각", "다양한 해석",
        // A weighing delivered where one side was asked for, and its "it depends" ending.
        "beider seiten", "pro und contra", "vor- und nachteile", "vernünftige menschen", "kein eindeutiges richtig",
        "le sujet divise", "arguments de chaque côté", "pour et contre", "les avis sont partagés",
        "pas de réponse unique", "en ambos lados", "a favor y en contra", "personas razonables",
        "no hay una respuesta única", "pro e contro", "persone ragionevoli", "non esiste una risposta",
        "de cada lado", "prós e contras", "pessoas razoáveis", "não há uma resposta",
        "hyvät ja huonot puolet", "molempiin näkökulmiin", "montaa mieltä", "за и против",
        "разумные люди", "однозначного ответа нет", "さまざまな意見", "一概に", "どちらが正しいとは",
        "찬반", "양측의 주요", "합리적인 사람들", "의견이 갈리",
        "beiden seiten", "einfache antwort gibt es nicht", "les deux positions", "deux camps", "le débat reste ouvert",
        "divisent", "ambos sentidos", "ambas partes", "todas direcciones", "opiniones respetables",
        "entrambe le posizioni", "entrambe le parti", "tema che divide", "dois lados", "ambos os lados",
        "pessoas sensatas", "обеих сторон", "у каждой позиции", "양쪽 모두", "어느 한쪽이", "다양한 의견이",
        "monia näkökulmia", "puolesta puhuu", "両方の立場", "どちらの立場", 
    ]

    static let otherLanguageDisclaimers: [String] = [
        "es ist wichtig zu beachten", "bitte beachten", "haftungsausschluss", "il est important de noter",
        "veuillez noter", "avertissement", "es importante señalar", "es importante tener en cuenta",
        "descargo de responsabilidad", "è importante notare", "si prega di notare", "é importante notar",
        "é importante observar", "on tärkeää huomata", "huomaa, että", "важно отметить", "Важно отметить",
        "обратите внимание", "Обратите внимание", "ご注意ください", "免責事項", "유의하시기 바랍니다", "면책 조항",
    ]

    /// Asking back before doing what was asked: "could you tell me…", "it would help to know…".
    static let otherLanguageClarifications: [String] = [
        "wäre es hilfreich zu wissen", "wäre hilfreich zu wissen", "kannst du mir sagen", "können sie mir sagen",
        "verrate mir", "pourrais-tu me dire", "pourriez-vous me dire", "pourriez-vous préciser",
        "pourrais-tu préciser", "j'aimerais savoir", "¿podrías contarme", "¿podrías decirme",
        "¿podrías indicarme", "me ayudaría saber", "antes de armarlo", "mi servirebbero",
        "potresti dirmi", "potresti indicarmi", "me conta", "me diga", "poderia me dizer",
        "seria bom saber", "antes de montar", "kertoisitko", "kerro hieman", "olisi hyvä tietää",
        "подскажите, пожалуйста", "Подскажите, пожалуйста", "уточните", "Уточните",
        "будет полезно знать", "расскажите, пожалуйста", "教えていただけますか", "お知らせください", "教えてください",
        "알려 주시겠어요", "알려 주시면", "알려주시면", "말씀해 주시면",
    ]

    static let otherLanguageDelivery: [String] = [
        "hier ist", "hier sind", "voici", "aquí está", "aquí tienes", "ecco", "aqui está", "aqui estão", "tässä on",
        "Вот", "以下は", "以下に", "다음은",
    ]
}
