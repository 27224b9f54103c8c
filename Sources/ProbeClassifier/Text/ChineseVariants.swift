/// Traditional Chinese characters folded to their Simplified forms, so that one lexicon and one vocabulary
/// read both scripts: "我無法提供這方面的資訊" and "我无法提供这方面的资讯" are the same refusal. The lexicon's
/// Chinese phrases are written in Simplified characters; models answer in Traditional ones when asked in
/// Traditional Chinese or about Taiwan and Hong Kong, and then no phrase matched.
///
/// The table is written by the project: common characters whose Traditional form is written only in
/// Traditional text and maps to one Simplified form (those that are also ordinary Simplified characters with
/// another meaning, such as 著, 乾, 幹, 藉 and 瞭, are left out). Every pair is in U+4E00–U+9FFF, three UTF-8 bytes
/// on both sides, so folding keeps the length. Japanese kanji that coincide with Traditional forms fold too;
/// lexicon phrases are folded the same way, so matching is unchanged there.
package enum ChineseVariants {
    static let base: UInt32 = 0x4E00
    static let end: UInt32 = 0xA000

    /// Per code point from `base`: 0, or the Simplified form's offset from `base` plus one.
    static let simplified: [UInt16] = {
        var table = [UInt16](repeating: 0, count: Int(end - base))
        for line in pairs {
            for pair in line.split(separator: " ") {
                let scalars = Array(pair.unicodeScalars)
                precondition(scalars.count == 2, "ChineseVariants: \(pair) is not one pair")
                let (traditional, simple) = (scalars[0].value, scalars[1].value)
                precondition((base..<end).contains(traditional) && (base..<end).contains(simple), "ChineseVariants: \(pair)")
                table[Int(traditional - base)] = UInt16(simple - base + 1)
            }
        }
        return table
    }()

    /// Traditional form, then Simplified form.
    package static let pairs: [String] = [
        "並并 亂乱 亞亚 來来 係系 個个 們们 偽伪 傑杰 備备 傳传 傷伤 僑侨 價价 億亿 儘尽 償偿 優优 內内 兩两 冊册 刪删 則则 創创",
        "劃划 劇剧 劉刘 劍剑 動动 務务 勝胜 勞劳 勢势 勵励 勸劝 匯汇 區区 協协 卻却 厲厉 參参 吳吴 員员 問问 單单 嗎吗 嘆叹 嘗尝",
        "嚴严 國国 圍围 圓圆 圖图 團团 堅坚 報报 場场 壇坛 壓压 壞坏 壯壮 夢梦 孫孙 學学 實实 寧宁 審审 寫写 將将 專专 尋寻 對对",
        "導导 屬属 島岛 師师 帳账 幣币 幫帮 幾几 廟庙 廠厂 廣广 張张 強强 彈弹 彙汇 後后 從从 復复 惡恶 愛爱 態态 慮虑 憂忧 憑凭",
        "憲宪 憶忆 懇恳 應应 懲惩 懷怀 懼惧 戀恋 戰战 戲戏 戶户 掃扫 揚扬 撥拨 擁拥 擇择 擊击 擔担 據据 擠挤 擴扩 擾扰 攜携 敗败",
        "敘叙 敵敌 數数 斷断 於于 時时 晉晋 暫暂 曆历 曉晓 書书 會会 東东 條条 楊杨 業业 極极 榮荣 構构 槍枪 樂乐 樓楼 標标 樣样",
        "橋桥 機机 檔档 檢检 權权 歎叹 歐欧 歡欢 歲岁 歷历 歸归 殘残 殺杀 氣气 汙污 決决 沒没 況况 淚泪 淨净 淺浅 減减 測测 準准",
        "溝沟 溫温 滅灭 漁渔 漢汉 潔洁 潛潜 澤泽 濃浓 濕湿 濟济 濫滥 濾滤 瀏浏 灣湾 災灾 為为 無无 煙烟 煩烦 熱热 燈灯 燒烧 營营",
        "爐炉 爭争 爾尔 牆墙 牽牵 犧牺 狀状 狹狭 猶犹 獄狱 獎奖 獨独 獲获 獻献 現现 瑪玛 環环 璽玺 產产 甦苏 畢毕 畫画 異异 當当",
        "療疗 癡痴 發发 盜盗 盡尽 監监 盤盘 盧卢 眾众 睜睁 睞睐 瞞瞒 矚瞩 矯矫 砲炮 確确 碼码 礎础 礦矿 禍祸 禮礼 禱祷 稅税 種种",
        "稱称 穀谷 積积 穩稳 窮穷 競竞 筆笔 節节 範范 築筑 簡简 簽签 籌筹 糧粮 紀纪 約约 紅红 納纳 紐纽 純纯 紗纱 紙纸 級级 紛纷",
        "細细 紹绍 終终 組组 結结 絕绝 絡络 給给 統统 絲丝 經经 綜综 綠绿 維维 綱纲 網网 緊紧 緒绪 線线 緣缘 編编 緩缓 練练 縣县",
        "縮缩 總总 績绩 織织 繞绕 繪绘 繫系 繼继 續续 罰罚 罷罢 羅罗 羨羡 義义 習习 聖圣 聞闻 聯联 聰聪 聲声 職职 聽听 肅肃 脅胁",
        "脫脱 腦脑 腳脚 臉脸 臨临 臺台 與与 興兴 舉举 舊旧 艦舰 艱艰 莊庄 華华 萬万 葉叶 蓋盖 蔣蒋 藍蓝 藝艺 藥药 蘇苏 蘭兰 處处",
        "虛虚 號号 蝦虾 蟲虫 蠟蜡 衊蔑 術术 衛卫 衝冲 裏里 補补 裝装 裡里 製制 複复 褲裤 襲袭 見见 規规 視视 親亲 覺觉 覽览 觀观",
        "觸触 訂订 計计 訊讯 討讨 訓训 託托 記记 訟讼 訪访 設设 許许 訴诉 診诊 註注 詐诈 評评 詞词 詢询 試试 詩诗 話话 該该 詳详",
        "誇夸 誌志 認认 語语 誠诚 誣诬 誤误 說说 誰谁 課课 調调 談谈 請请 論论 諧谐 諮咨 諷讽 諸诸 諾诺 謀谋 謂谓 謊谎 講讲 謝谢",
        "謠谣 謹谨 證证 識识 譜谱 譯译 議议 譴谴 護护 讀读 變变 讓让 讚赞 豐丰 豬猪 貓猫 貝贝 負负 財财 貢贡 貧贫 貨货 販贩 貪贪",
        "貫贯 責责 貴贵 買买 費费 貿贸 賀贺 賂赂 賄贿 資资 賊贼 賓宾 賞赏 賠赔 賣卖 質质 賴赖 賺赚 購购 賽赛 贈赠 贊赞 贏赢 趕赶",
        "趙赵 趨趋 跡迹 踐践 蹟迹 蹤踪 躍跃 車车 軌轨 軍军 軟软 軸轴 較较 載载 輔辅 輕轻 輝辉 輩辈 輪轮 輯辑 輸输 轉转 轟轰 辦办",
        "辭辞 農农 這这 連连 週周 進进 遊游 運运 過过 達达 違违 遙遥 遞递 遠远 適适 選选 遺遗 還还 邊边 邏逻 郵邮 鄉乡 鄧邓 鄭郑",
        "鄰邻 醜丑 醫医 釋释 針针 鈔钞 銀银 鋪铺 鋼钢 錄录 錢钱 錦锦 錯错 鍋锅 鍵键 鍾钟 鎖锁 鎮镇 鏈链 鏡镜 鐘钟 鐵铁 鑑鉴 鑒鉴",
        "鑰钥 長长 門门 閃闪 閉闭 開开 閒闲 間间 閣阁 閱阅 闆板 闊阔 闖闯 關关 陣阵 陰阴 陳陈 陸陆 陽阳 隊队 階阶 際际 隨随 險险",
        "隱隐 雖虽 雙双 雜杂 雞鸡 離离 難难 雲云 電电 霧雾 靈灵 靜静 韋韦 韓韩 韻韵 響响 頁页 頂顶 項项 順顺 須须 預预 頓顿 領领",
        "頭头 頻频 顆颗 題题 額额 顏颜 願愿 類类 顧顾 顯显 風风 飄飘 飛飞 飢饥 飯饭 飲饮 餅饼 養养 餘余 館馆 饑饥 馬马 騎骑 騙骗",
        "騷骚 驅驱 驕骄 驗验 驚惊 髒脏 體体 鬆松 鬥斗 鬧闹 魚鱼 魯鲁 鮮鲜 鳥鸟 鳳凤 鹽盐 麗丽 麥麦 麼么 黃黄 點点 黨党 齊齐 齒齿",
        "齡龄 龍龙 龜龟",
    ]
}
