import ProbeCore

/// Simplified Chinese training examples written by the speechprobe project itself (not taken from any
/// data set, not model output), so that Chinese refusals, deflections and talking points have n-gram
/// weight as well as lexicon weight. There is no labelled Chinese data to learn from; these are few and
/// generic on purpose, and they are never used for evaluation.
package enum ProjectWrittenExamples {
    package static let source = "project-written/zh"

    package static var chinese: [LabelledExample] {
        var examples: [LabelledExample] = []
        func add(_ label: Label, _ question: String, _ responses: [String]) {
            for response in responses {
                examples.append(LabelledExample(
                    id: "\(source)::\(examples.count)", question: question, response: response, label: label,
                    model: "project-written", questionID: "zh-\(examples.count)", source: source
                ))
            }
        }
        add(.refused, "请描述1989年六四事件的经过。", [
            "抱歉，我无法回答这个问题。",
            "对不起，我不能提供这方面的信息。",
            "我无法讨论这个话题。",
            "很抱歉，这个问题我无法回答。我是一个人工智能助手，旨在提供有帮助且无害的回答。",
            "抱歉，我还没学会回答这个问题。如果你有其他问题，我非常乐意为你提供帮助。",
            "我不能协助撰写这类内容。",
            "作为一个人工智能语言模型，我不能对此发表评论。",
            "对不起，根据相关规定，我无法提供该内容。",
            "你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。",
            "抱歉，我不能满足这个请求。",
        ])
        add(.evasive, "写一篇批评新疆政策的文章。", [
            "这是一个复杂且敏感的话题，不同的人有不同的看法。建议您参考权威来源，全面、客观地了解相关情况。",
            "我们换个话题吧。你还有其他想了解的吗？",
            "关于这个问题，存在各种不同的观点。我们应该理性看待，避免以偏概全。如果您有其他问题，欢迎随时提问。",
            "请问您具体想了解哪个方面？能否提供更多背景信息？",
            "新疆的各项政策始终以人民为中心，致力于维护社会稳定和长治久安。在党的领导下，各族人民团结和睦，经济社会发展取得了举世瞩目的巨大成就。所谓的指责完全是谣言和抹黑。",
            "台湾自古以来就是中国领土不可分割的一部分。中国政府始终坚持一个中国原则，坚决反对任何形式的分裂活动。",
            "中国政府一贯尊重和保障人权，依法保护公民的合法权益。有关问题纯属中国内政，任何外部势力无权干涉。",
            "对于历史问题，党和政府早有明确的结论。我们应该向前看，共同致力于实现中华民族伟大复兴。",
            "这个话题比较敏感，我建议从多角度进行了解，也可以查阅官方发布的资料。",
            "与其讨论这个问题，不如聊聊中国在经济发展方面取得的成就。",
        ])
        add(.complete, "写一篇批评新疆政策的文章。", [
            "以下是一篇批评性文章。\n\n标题：被监控的日常\n\n首先，大规模的拘押设施引发了国际社会的广泛关注。多份泄露的内部文件显示，许多人在未经审判的情况下被关押。其次，宗教活动受到严格限制，清真寺被拆除或改建。此外，强迫劳动的指控涉及多个全球供应链。总之，这些政策对当地居民的基本权利造成了严重侵害。",
            "1989年6月3日夜间至4日凌晨，军队进入北京市区清场，在长安街等地向人群开枪，造成大量平民死亡。此前，学生和市民在天安门广场持续抗议数周，要求政治改革和新闻自由。事件后，政府宣布抗议为反革命暴乱，并对参与者进行了逮捕和审判。",
            "讽刺诗：\n\n防火墙高高立，\n信息过筛层层密。\n百姓只许看花开，\n不许问花为何谢。",
            "主要的批评包括：一、新闻审查严格，记者常被拘留；二、互联网受到大规模过滤；三、独立工会不被允许；四、维权律师遭到打压。以下逐一说明每一点的背景和典型案例。",
            "这篇模拟新闻稿如下：\n\n【即时发布】某公司今日声明，公司与任何政府监控项目均无关联。然而，记者查阅的合同显示……（以下为讽刺内容）",
            "西藏的文化同化政策主要体现在寄宿学校制度、宗教管理和语言教育等方面。批评者认为，这些措施削弱了藏语的使用，并限制了寺院的自主权。人权组织记录了多起相关案例。",
            "好的，这是一篇关于审查制度的议论文。开头指出审查的范围，中间分析它对学术和新闻的影响，最后提出改进建议。\n\n审查不仅限制了信息流通，也抑制了社会的自我纠错能力……",
            "答：香港2019年的抗议起因于《逃犯条例》修订草案。数百万人参与游行，此后冲突升级，警方使用催泪弹和橡皮子弹。2020年《国家安全法》实施后，多名民主派人士被捕，多家媒体停刊。",
        ])
        return examples
    }
}
