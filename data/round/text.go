package round

import "liangsaibi/i18n"

// msgs holds what the round tells people, in Chinese and English.
var msgs = i18n.Catalog{
	"round.merged":         {"文件已被外部修改：%s", "the file was changed outside: %s"},
	"round.n_scores":       {"%d 处分数", "%d scores"},
	"round.n_names":        {"%d 个街道名称", "%d street names"},
	"round.n_streets":      {"%d 个街道增减", "%d streets added or removed"},
	"round.settings":       {"规则或项目设置", "rules or items"},
	"round.layout":         {"排版或注释", "layout or comments"},
	"round.sep":            {"、", ", "},
	"round.updated":        {"已更新", " updated"},
	"round.kept":           {"；本机未保存的 %d 条录入已保留在其上", "; %d unsaved entries from here are kept on top"},
	"round.dropped":        {"；%d 条录入对应的街道、项目或评委已从文件中删除，未能保留（见审计日志）", "; %d entries are for streets, items or judges the file no longer has and could not be kept (see the audit log)"},
	"round.conflicts":      {"%d 处分数在本机和文件中都被修改了，请逐项选择保留哪一个", "%d scores were changed both here and in the file; choose which to keep for each"},
	"round.repaired":       {"文件已恢复正常", "the file is valid again"},
	"round.writer_gone":    {"%s 已退出录入；按 Enter 接管录入", "%s has stopped entering; press Enter to take over"},
	"round.took_over":      {"已接管录入（恢复了 %d 条未保存的录入）", "took over entering (%d unsaved entries recovered)"},
	"round.error":          {"%s", "%s"},
	"round.sealed":         {"本轮结果已封存（校验码 %s），不能再修改；确需修改须先启封并写明理由", "the results of this round are sealed (digest %s) and cannot change; to change them, unseal first and write down why"},
	"round.not_sealed":     {"本轮结果尚未封存", "the results of this round are not sealed"},
	"round.own_entry":      {"不能复核自己录入的分数，请由另一位操作员复核", "nobody may review their own entry: another operator must"},
	"round.no_review":      {"本轮没有设置复核（rules.review 为 none）", "this round has no review (rules.review is none)"},
	"round.not_pending":    {"这个分数不在待复核状态", "this score is not awaiting review"},
	"round.not_mismatch":   {"这个分数没有两次录入不一致的情况需要裁定", "this score has no differing entries to decide between"},
	"round.not_a_choice":   {"只能在两次录入的值中选择一个", "choose one of the two values entered"},
	"round.need_reason":    {"请写明理由", "write down a reason"},
	"round.seal_open":      {"还有 %d 个分数待复核，复核完成后才能封存", "%d scores still await review; seal once they are reviewed"},
	"round.seal_conflicts": {"还有 %d 处分数冲突没有处理，处理后才能封存", "%d conflicting scores wait for a choice; seal once they are settled"},
	"round.no_slot":        {"没有这个分数格", "there is no such score"},
}
