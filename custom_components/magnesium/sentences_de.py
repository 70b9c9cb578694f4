"""German Assist sentences, and the German words of foods and amounts.

Sentence data only: `sentences` reads it. The vocabulary puts what is said
about a food into the food table's English ("eine halbe Tasse schwarze Bohnen"
-> "half a cup of black beans"); a word it does not know is left as said, so
a household's own foods with German names still match.
"""

from __future__ import annotations

import re
from typing import Final

from .sentences import (
    INTENT_LOG_FOOD,
    INTENT_LOG_SUPPLEMENT,
    INTENT_STATUS,
    INTENT_UNDO,
    KIND_FOOD,
    KIND_SUPPLEMENT,
    QUERY_CONSUMED,
    QUERY_LAST,
    QUERY_LIMIT,
    QUERY_REMAINING,
    QUERY_SUPPLEMENTS,
    Block,
    Grammar,
)

RULES: Final[dict[str, str]] = {
    "when": (
        "(heute|heute morgen|heute früh|heute mittag|heute nachmittag|heute abend"
        "|vorhin|morgens|mittags|nachmittags|abends"
        "|zum frühstück|zum mittag|zum mittagessen|zum abendessen"
        "|zum abendbrot|zum nachtisch|zum kaffee|als snack|zwischendurch|für heute"
        "|nach dem (frühstück|mittagessen|abendessen|sport|training)"
        "|vor dem (schlafengehen|training))"
    ),
    "now": "(gerade|grad|grade|eben|soeben|gerade eben|vorhin)",
    "adv": "[<now>|schon|auch|noch]",
    "tail": "[(für {person} [<when>]|<when> [für {person}])] [bitte]",
    "ate": (
        "(gegessen|getrunken|genascht|geknabbert|gegönnt|verputzt|gefrühstückt"
        "|verdrückt|gefuttert|weggeputzt|zu mir genommen)"
    ),
    "took": "(genommen|eingenommen|geschluckt)",
    # Words people start with, or think aloud with: "Also, ich hab äh ...".
    "filler": "[also|ok|okay|so|äh|ähm|naja|na ja]",
    "uh": "[äh|ähm]",
    "i_have": (
        "<filler> [<when>] (ich|wir) (habe|hab|haben) [<when>] [mir|uns] <adv>"
        " [<when>] <uh>"
    ),
    "i_had": "<filler> [<when>] (ich|wir) (hatte|hatten) [<when>] <adv> [<when>] <uh>",
    "had_i": "<filler> <when> (hatte|hatten) (ich|wir) <adv> <uh>",
    "log": (
        "<filler> [bitte] (trag|trage|notier|notiere|erfasse|erfass|schreib|schreibe"
        "|füg|füge|buch|buche) [bitte] [doch] [mal] [bitte]"
    ),
    "log_end": "(ein|auf|hinzu|dazu)",
    "log_inf": "(eintragen|notieren|erfassen|hinzufügen|aufschreiben|buchen)",
    # Before the food a name must be a tracked person's: two wildcards
    # side by side cannot be told apart.
    "whom_first": "[für (<named>|mich|uns)] [<when>]",
    "whom": "[für {person}] [<when>]",
    "so_far": "[heute] [schon|bis jetzt|bisher|insgesamt]",
    "i_or_named": "(ich|wir|{person})",
    "have_i": "((habe|hab|hatte) (ich|wir)|(hat|hatte) {person})",
    "goal": (
        "(mein|meinem|sein|seinem|ihr|ihrem|das|dem) (magnesiumziel|tagesziel|ziel)"
    ),
    "tablet": (
        "(magnesiumtablette|magnesiumkapsel|magnesiumpräparat|magnesium tablette"
        "|magnesium kapsel|tablette|kapsel)"
    ),
    "pills": (
        "(tabletten|kapseln|präparaten|nahrungsergänzung"
        "|nahrungsergänzungsmitteln|magnesiumpräparaten)"
    ),
    "entry": "(eintrag|magnesiumeintrag|magnesium eintrag)",
    "remove": "[bitte] (lösch|lösche|entferne|entfern|streich|streiche)",
    "the": "(die|den|das|meine|meinen|mein)",
}

TEMPLATES: Final[dict[str, list[Block]]] = {
    INTENT_LOG_SUPPLEMENT: [
        (
            [
                # The supplement must name magnesium: "den Bus genommen" is none.
                "<i_have> {supplement} [<when>] <took> <tail>",
                "(hab|habe) <adv> [<when>] {supplement} [<when>] <took> <tail>",
                "magnesium [<when>] <took> <tail>",
                "<named> (hat|hatte) [<when>] <adv> [<when>] {supplement} [<when>]"
                " <took> <tail>",
            ],
            {},
        )
    ],
    INTENT_LOG_FOOD: [
        (
            [
                "<i_have> {food} [<when>] <ate> <tail>",
                "(hab|habe) <adv> [<when>] {food} [<when>] <ate> <tail>",
                "<now> {food} [<when>] <ate> <tail>",
                "<i_had> {food} <tail>",
                "<had_i> {food} <tail>",
                "hatte <adv> {food} <tail>",
                "(ich|wir) (esse|trinke|essen|trinken) [<now>] {food} <tail>",
                "<log> <whom_first> {food} <whom> <log_end> [bitte]",
                "<log> <whom_first> {food} <whom> [bitte]",
                "für (<named>|heute) [<when>] {food} <log_inf> [bitte]",
                "<named> (hat|hatte) [<when>] <adv> [<when>] {food} [<when>] <ate>"
                " <tail>",
                "<named> hatte [<when>] {food} <tail>",
                "(mein|unser) (frühstück|mittagessen|abendessen|snack) war {food}"
                " <tail>",
            ],
            {},
        )
    ],
    INTENT_STATUS: [
        (
            [
                "wie viel magnesium <have_i> <so_far> aus <pills>"
                " [genommen|bekommen|gehabt]",
                "wie viel magnesium aus <pills> <have_i> <so_far>"
                " [genommen|bekommen|gehabt]",
                "<have_i> <so_far> (mein|sein|ihr) magnesium <so_far> genommen",
            ],
            {"query": QUERY_SUPPLEMENTS},
        ),
        (
            [
                "(bin ich|sind wir|ist {person}) über dem limit [für (<pills>"
                "|magnesiumpräparate|magnesium)] <so_far>",
                "(bin ich|sind wir|ist {person}) über (meinem|seinem|ihrem|dem)"
                " (magnesiumlimit|magnesium limit|limit) <so_far>",
                "darf (ich|{person}) <so_far> noch (eine|ein) <tablet> nehmen",
                "(was|wie hoch) ist (mein|das) (magnesiumlimit|limit für magnesium)",
                "(habe ich|hat {person}) zu viel magnesium <so_far> [genommen|gehabt]",
            ],
            {"query": QUERY_LIMIT},
        ),
        (
            [
                "wie (nah|nahe|weit) (bin ich|sind wir|ist {person}) (an|von) <goal>"
                " [entfernt] <so_far>",
                "(habe ich|hat {person}) <so_far> <goal> <so_far> erreicht",
                "wie viel magnesium (brauche ich|brauchen wir|braucht {person}"
                "|fehlt mir|fehlt uns|fehlt {person}) <so_far> noch",
                "was fehlt (mir|uns|{person}) <so_far> noch [an magnesium]",
                "wie viel [magnesium] fehlt (mir|uns|{person}) <so_far> noch"
                " bis (zu|zum) <goal>",
            ],
            {"query": QUERY_REMAINING},
        ),
        (
            [
                "wie viel magnesium <have_i> <so_far>"
                " [gegessen|gehabt|bekommen|zu mir genommen|zu sich genommen]",
                "wie steht (mein|unser|<named_poss>) magnesium <so_far>",
                "wie (sieht es|siehts) mit (meinem|unserem) magnesium aus <so_far>",
                "(mein|unser) (magnesiumstand|magnesiumstatus|magnesium stand)"
                " <so_far>",
            ],
            {"query": QUERY_CONSUMED},
        ),
        (
            [
                "was (hab|habe|hat|haben) (ich|wir|{person}) zuletzt"
                " (eingetragen|notiert|gegessen|getrunken|genommen)",
                "was war (mein|unser|der) letzter <entry> [von {person}]",
            ],
            {"query": QUERY_LAST},
        ),
    ],
    INTENT_UNDO: [
        (
            [
                "<remove> (den|meinen) letzten <entry> [für {person}]",
                "<remove> <named_poss> letzten <entry>",
                "mach (den|meinen) letzten <entry> rückgängig",
                "nimm (den|meinen) letzten <entry> [wieder] raus",
                "nimm <named_poss> letzten <entry> [wieder] raus",
                "<remove> (das letzte|den letzten) [bitte] [wieder]",
                "mach (das|es) rückgängig",
                "rückgängig [machen]",
                "<remove> <the> {item} [aus dem (protokoll|magnesiumprotokoll)]",
                "nimm <the> {item} wieder raus",
                "(ich|wir) (hatte|hatten) <the> {item} doch nicht",
                "(ich|wir) (habe|hab|haben) <the> {item} doch nicht <ate>",
                "<named> hat <the> {item} doch nicht <ate>",
            ],
            {},
        ),
        (
            [
                "<remove> (die|meine) letzte <tablet>",
                "(ich|wir) (habe|hab|haben) (das|mein|meine) (magnesium|<tablet>)"
                " doch nicht <took>",
            ],
            {"kind": KIND_SUPPLEMENT},
        ),
        (
            ["<remove> das letzte (lebensmittel|essen)"],
            {"kind": KIND_FOOD},
        ),
    ],
}


def _possessives(name: str) -> tuple[str, ...]:
    """The possessive as written ("Sams"), as heard ("Sam's"); "Max'" after s."""
    if name[-1:].casefold() in ("s", "x", "z"):
        return (f"{name}'",)
    return f"{name}s", f"{name}'s"


def _inflected(adjectives: dict[str, str]) -> dict[str, str]:
    """Each adjective with every ending: schwarz, schwarze, schwarzen, ..."""
    return {
        stem + ending: english
        for stem, english in adjectives.items()
        for ending in ("", "e", "en", "er", "es", "em")
    }


# Numbers and fractions, units and vessels, in the food table's English.
_AMOUNTS: Final[dict[str, str]] = {
    **dict.fromkeys(("ein", "eine", "einen", "einem", "einer", "eines"), "a"),
    "ein paar": "a few",
    # Spoken: "ne Banane", "nen Apfel".
    **dict.fromkeys(("ne", "'ne", "nen", "'nen"), "a"),
    "eine halbe": "half a",
    "einen halben": "half a",
    "ein halbes": "half a",
    "einer halben": "half a",
    **dict.fromkeys(("halbe", "halben", "halber", "halbes", "halb"), "half"),
    "anderthalb": "one and a half",
    "eineinhalb": "one and a half",
    "zweieinhalb": "two and a half",
    "ein viertel": "a quarter",
    "viertel": "quarter",
    "dreiviertel": "three quarters",
    "zwei": "two",
    "drei": "three",
    "vier": "four",
    "fünf": "five",
    "sechs": "six",
    "sieben": "seven",
    "acht": "eight",
    "neun": "nine",
    "zehn": "ten",
    "elf": "eleven",
    "zwölf": "twelve",
    "fünfzehn": "fifteen",
    "zwanzig": "twenty",
    "dreißig": "thirty",
    "vierzig": "forty",
    "fünfzig": "fifty",
    "hundert": "hundred",
    "einhundert": "one hundred",
    "zweihundert": "two hundred",
    "dreihundert": "three hundred",
    "vierhundert": "four hundred",
    "fünfhundert": "five hundred",
    **dict.fromkeys(("tasse", "tassen"), "cup of"),
    **dict.fromkeys(("glas", "gläser", "gläschen"), "glass of"),
    **dict.fromkeys(("schüssel", "schüsseln", "schale", "schalen"), "bowl of"),
    **dict.fromkeys(("becher",), "container of"),
    **dict.fromkeys(("dose", "dosen"), "can of"),
    **dict.fromkeys(("flasche", "flaschen"), "bottle of"),
    **dict.fromkeys(("stück", "stücke", "stückchen"), "piece of"),
    **dict.fromkeys(("scheibe", "scheiben"), "slice of"),
    **dict.fromkeys(("handvoll", "hand voll"), "handful of"),
    **dict.fromkeys(("tafel", "tafeln", "riegel"), "bar of"),
    **dict.fromkeys(("portion", "portionen"), "serving of"),
    **dict.fromkeys(("kugel", "kugeln"), "scoop of"),
    **dict.fromkeys(("esslöffel", "el"), "tbsp of"),
    **dict.fromkeys(("teelöffel", "tl"), "tsp of"),
    **dict.fromkeys(("gramm", "g", "gr"), "g of"),
    **dict.fromkeys(("kilogramm", "kilo", "kg"), "kg of"),
    **dict.fromkeys(("milligramm", "mg"), "mg of"),
    **dict.fromkeys(("liter", "l"), "l of"),
    **dict.fromkeys(("milliliter", "ml"), "ml of"),
    **dict.fromkeys(("mein", "meine", "meinen", "meinem", "meiner"), "my"),
    **dict.fromkeys(("sein", "seine", "seinen", "seinem"), "his"),
    **dict.fromkeys(("ihr", "ihre", "ihren", "ihrem"), "her"),
    **dict.fromkeys(("unser", "unsere", "unseren"), "our"),
    **dict.fromkeys(("der", "die", "das", "den", "dem", "des"), "the"),
    "und": "and",
    "sowie": "and",
    "mit": "with",
    "je": "each",
    **dict.fromkeys(("mir", "uns", "etwa", "ungefähr", "circa", "ca"), ""),
    # "ein Glas Milch getrunken und ein Stück Schokolade": one meal.
    **dict.fromkeys(
        ("gegessen", "getrunken", "genascht", "geknabbert", "gefrühstückt"), ""
    ),
}

_ADJECTIVES: Final[dict[str, str]] = _inflected(
    {
        "gekocht": "cooked",
        "roh": "raw",
        "schwarz": "black",
        "weiß": "white",
        "rot": "red",
        "grün": "green",
        "gelb": "yellow",
        "dunkl": "dark",
        "dunkel": "dark",
        "groß": "large",
        "klein": "small",
        "mittelgroß": "medium",
        "geröstet": "roasted",
        "gesalzen": "salted",
        "ungesalzen": "unsalted",
        "ganz": "whole",
        "gebacken": "baked",
        "gegrillt": "grilled",
        "getrocknet": "dried",
        "gedünstet": "steamed",
        "gebraten": "fried",
        "frisch": "fresh",
        "fettarm": "low fat",
        "griechisch": "greek",
        "gemischt": "mixed",
    }
)

# Foods, singular and plural, as the food table names them.
_FOODS: Final[dict[str, str]] = {
    **dict.fromkeys(("banane", "bananen"), "banana"),
    **dict.fromkeys(("mandel", "mandeln"), "almonds"),
    **dict.fromkeys(("cashew", "cashews", "cashewkerne", "cashewnüsse"), "cashews"),
    **dict.fromkeys(("walnuss", "walnüsse", "walnusskerne"), "walnuts"),
    **dict.fromkeys(("haselnuss", "haselnüsse"), "hazelnuts"),
    **dict.fromkeys(("paranuss", "paranüsse"), "brazil nuts"),
    **dict.fromkeys(("erdnuss", "erdnüsse"), "peanuts"),
    **dict.fromkeys(("pistazie", "pistazien"), "pistachios"),
    **dict.fromkeys(("nuss", "nüsse", "nussmischung"), "mixed nuts"),
    **dict.fromkeys(("kürbiskern", "kürbiskerne"), "pumpkin seeds"),
    **dict.fromkeys(("sonnenblumenkerne",), "sunflower seeds"),
    **dict.fromkeys(("chia samen", "chiasamen"), "chia seeds"),
    **dict.fromkeys(("leinsamen",), "flaxseed"),
    **dict.fromkeys(("sesam", "sesamsamen"), "sesame seeds"),
    "erdnussbutter": "peanut butter",
    "mandelmus": "almond butter",
    **dict.fromkeys(("milch", "vollmilch"), "milk"),
    "sojamilch": "soy milk",
    "hafermilch": "oat milk",
    "mandelmilch": "almond milk",
    **dict.fromkeys(("haferbrei", "porridge", "haferschleim"), "oatmeal"),
    **dict.fromkeys(("haferflocken",), "rolled oats"),
    "müsli": "muesli",
    "granola": "granola",
    "cornflakes": "corn flakes",
    **dict.fromkeys(("avocado", "avocados"), "avocado"),
    **dict.fromkeys(("mango", "mangos"), "mango"),
    **dict.fromkeys(("ei", "eier"), "eggs"),
    **dict.fromkeys(("bohnen",), "beans"),
    **dict.fromkeys(("kidneybohnen",), "kidney beans"),
    **dict.fromkeys(("sojabohnen",), "soybeans"),
    **dict.fromkeys(("linsen",), "lentils"),
    **dict.fromkeys(("kichererbsen",), "chickpeas"),
    **dict.fromkeys(("erbsen",), "green peas"),
    "hummus": "hummus",
    "edamame": "edamame",
    "tofu": "tofu",
    **dict.fromkeys(("naturreis", "vollkornreis"), "brown rice"),
    "reis": "white rice",
    "quinoa": "quinoa",
    "hirse": "millet",
    "buchweizen": "buckwheat",
    "bulgur": "bulgur",
    "couscous": "couscous",
    "amaranth": "amaranth",
    **dict.fromkeys(("nudeln", "pasta", "spaghetti"), "pasta"),
    **dict.fromkeys(("vollkornnudeln",), "whole wheat pasta"),
    **dict.fromkeys(("vollkornbrot",), "whole wheat bread"),
    **dict.fromkeys(("brot", "weißbrot"), "bread"),
    **dict.fromkeys(("roggenbrot",), "rye bread"),
    **dict.fromkeys(("brötchen", "semmel"), "roll"),
    "toast": "toast",
    "croissant": "croissant",
    **dict.fromkeys(("rotwein",), "red wine"),
    **dict.fromkeys(("weißwein",), "white wine"),
    "wein": "wine",
    "bier": "beer",
    "kaffee": "coffee",
    "espresso": "espresso",
    "cappuccino": "cappuccino",
    **dict.fromkeys(("milchkaffee", "latte macchiato"), "latte"),
    **dict.fromkeys(("tee", "schwarztee"), "tea"),
    "grüntee": "green tea",
    **dict.fromkeys(("kakao", "heiße schokolade"), "hot chocolate"),
    "orangensaft": "orange juice",
    "apfelsaft": "apple juice",
    **dict.fromkeys(("wasser", "leitungswasser"), "water"),
    "mineralwasser": "mineral water",
    "kokoswasser": "coconut water",
    **dict.fromkeys(
        ("zartbitterschokolade", "bitterschokolade", "dunkle schokolade"),
        "dark chocolate",
    ),
    "schokolade": "chocolate",
    "vollmilchschokolade": "milk chocolate",
    **dict.fromkeys(("joghurt", "jogurt", "naturjoghurt"), "plain yogurt"),
    "griechischer joghurt": "greek yogurt",
    **dict.fromkeys(("quark", "magerquark"), "quark"),
    "hüttenkäse": "cottage cheese",
    "käse": "cheese",
    "butter": "butter",
    **dict.fromkeys(("ofenkartoffel", "ofenkartoffeln"), "baked potato"),
    **dict.fromkeys(("kartoffel", "kartoffeln"), "potato"),
    **dict.fromkeys(("süßkartoffel", "süßkartoffeln"), "sweet potato"),
    **dict.fromkeys(("pommes", "pommes frites"), "french fries"),
    **dict.fromkeys(("chips", "kartoffelchips"), "potato chips"),
    "spinat": "spinach",
    "mangold": "swiss chard",
    "grünkohl": "kale",
    "brokkoli": "broccoli",
    "blumenkohl": "cauliflower",
    **dict.fromkeys(("karotte", "karotten", "möhre", "möhren"), "carrot"),
    **dict.fromkeys(("tomate", "tomaten"), "tomato"),
    **dict.fromkeys(("gurke", "gurken"), "cucumber"),
    **dict.fromkeys(("paprika",), "bell pepper"),
    "zucchini": "zucchini",
    "aubergine": "eggplant",
    **dict.fromkeys(("pilze", "champignons"), "mushrooms"),
    **dict.fromkeys(("zwiebel", "zwiebeln"), "onion"),
    "mais": "corn",
    "salat": "salad",
    **dict.fromkeys(("apfel", "äpfel"), "apple"),
    **dict.fromkeys(("birne", "birnen"), "pear"),
    **dict.fromkeys(("orange", "orangen", "apfelsine"), "orange"),
    **dict.fromkeys(("mandarine", "mandarinen"), "tangerine"),
    **dict.fromkeys(("kiwi", "kiwis"), "kiwi"),
    **dict.fromkeys(("pfirsich", "pfirsiche"), "peach"),
    **dict.fromkeys(("pflaume", "pflaumen"), "plums"),
    **dict.fromkeys(("weintrauben", "trauben"), "grapes"),
    "ananas": "pineapple",
    "wassermelone": "watermelon",
    **dict.fromkeys(("erdbeere", "erdbeeren"), "strawberries"),
    **dict.fromkeys(("himbeere", "himbeeren"), "raspberries"),
    **dict.fromkeys(("heidelbeere", "heidelbeeren", "blaubeeren"), "blueberries"),
    **dict.fromkeys(("brombeere", "brombeeren"), "blackberries"),
    **dict.fromkeys(("dattel", "datteln"), "dates"),
    **dict.fromkeys(("feige", "feigen"), "figs"),
    **dict.fromkeys(("rosinen",), "raisins"),
    **dict.fromkeys(("aprikose", "aprikosen"), "apricots"),
    "lachs": "salmon",
    "thunfisch": "tuna",
    "makrele": "mackerel",
    "hering": "herring",
    **dict.fromkeys(("sardine", "sardinen"), "sardines"),
    **dict.fromkeys(("garnele", "garnelen", "shrimps"), "shrimp"),
    **dict.fromkeys(("hähnchen", "hühnchen", "hähnchenbrust"), "chicken breast"),
    "rindfleisch": "beef",
    "steak": "steak",
    "schweinefleisch": "pork",
    "pizza": "pizza",
    "burger": "burger",
    **dict.fromkeys(("keks", "kekse"), "cookies"),
    "müsliriegel": "granola bar",
    "eis": "ice cream",
    "suppe": "soup",
    "linsensuppe": "lentil soup",
}

# Magnesium supplements: forms and what they come as.
_SUPPLEMENTS: Final[dict[str, str]] = {
    "citrat": "citrate",
    "glycinat": "glycinate",
    "bisglycinat": "bisglycinate",
    "oxid": "oxide",
    "malat": "malate",
    "chlorid": "chloride",
    **dict.fromkeys(("laktat", "lactat"), "lactate"),
    "sulfat": "sulfate",
    "taurat": "taurate",
    "threonat": "threonate",
    "orotat": "orotate",
    "aspartat": "aspartate",
    **dict.fromkeys(("carbonat", "karbonat"), "carbonate"),
    "hydroxid": "hydroxide",
    **dict.fromkeys(("gluconat", "glukonat"), "gluconate"),
    "pidolat": "pidolate",
    **dict.fromkeys(("tablette", "brausetablette", "kautablette"), "tablet"),
    **dict.fromkeys(("tabletten", "brausetabletten", "kautabletten"), "tablets"),
    "kapsel": "capsule",
    "kapseln": "capsules",
    **dict.fromkeys(("präparat", "nahrungsergänzung"), "supplement"),
    **dict.fromkeys(("präparate", "nahrungsergänzungsmittel"), "supplements"),
    "pulver": "powder",
}

GERMAN: Final = Grammar(
    language="de",
    rules=RULES,
    templates=TEMPLATES,
    possessives=_possessives,
    # German joins words: "Magnesiumcitrat", "Magnesiumtablette".
    magnesium=re.compile(r"magnesium", re.IGNORECASE),
    foreign_tail=re.compile(
        r"\b(?:zur|zum|zu der|auf die|auf meine|auf der|von der|von meiner|aus der"
        r"|in die|in den|vom)\s+(?:\w+\s+){0,2}"
        r"(?:\w*liste|einkaufszettel|timer|kalender)\b",
        re.IGNORECASE,
    ),
    bare_undo=re.compile(
        r"^\s*(?:bitte\s+)?(?:mach(?:e)?\s+(?:das|es)\s+rückgängig"
        r"|rückgängig(?:\s+machen)?|(?:lösch|lösche)\s+(?:das|es))\s*[.!]?\s*$",
        re.IGNORECASE,
    ),
    vocabulary={**_AMOUNTS, **_ADJECTIVES, **_FOODS, **_SUPPLEMENTS},
    food_words=_FOODS,
)
