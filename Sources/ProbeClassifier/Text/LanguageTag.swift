/// The language of a labelled row, for per-language figures.
package enum LanguageTag {
    /// `zh-Hans` → `zh`, `EN` → `en`.
    package static func primary(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// A set named `xx_…` with `xx` a language code is in that language (SpeechMap's `zh_china_criticism`);
    /// otherwise the question's script decides between `zh` (mostly CJK), `en` (mostly ASCII letters) and
    /// `und`. SpeechMap's region prefixes (`us_`, `eu_`) are not languages.
    package static func guess(set: String, question: String) -> String {
        let prefix = set.split(separator: "_", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        if set.contains("_"), setLanguages.contains(prefix) { return prefix }
        var ascii = 0
        var cjk = 0
        var other = 0
        for scalar in question.unicodeScalars.prefix(400) where scalar.properties.isAlphabetic {
            if scalar.isASCII {
                ascii += 1
            } else if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
                cjk += 1
            } else {
                other += 1
            }
        }
        if cjk > 0, cjk * 2 >= ascii + cjk + other { return "zh" }
        if ascii > 0, other * 10 <= ascii { return "en" }
        return "und"
    }

    /// `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` (any case, any further subtags): Chinese in Traditional characters.
    package static func isTraditionalChinese(_ tag: String) -> Bool {
        let subtags = tag.lowercased().split { $0 == "-" || $0 == "_" }
        guard subtags.first == "zh" else { return false }
        return subtags.dropFirst().contains { ["hant", "tw", "hk", "mo"].contains($0) }
    }

    /// Language codes a set name may start with.
    static let setLanguages: Set<String> = [
        "ar", "de", "en", "es", "fa", "fi", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "sv",
        "th", "tr", "uk", "vi", "zh",
    ]
}
