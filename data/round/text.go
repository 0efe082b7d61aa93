package round

import "liangsaibi/i18n"

// msgs holds what the round tells people, in Chinese and English.
var msgs = i18n.Catalog{
	"round.merged":      {"文件已被外部修改：%s", "the file was changed outside: %s"},
	"round.n_scores":    {"%d 处分数", "%d scores"},
	"round.n_names":     {"%d 个街道名称", "%d street names"},
	"round.n_streets":   {"%d 个街道增减", "%d streets added or removed"},
	"round.settings":    {"规则或项目设置", "rules or items"},
	"round.layout":      {"排版或注释", "layout or comments"},
	"round.sep":         {"、", ", "},
	"round.updated":     {"已更新", " updated"},
	"round.kept":        {"；本机未保存的 %d 条录入已保留在其上", "; %d unsaved entries from here are kept on top"},
	"round.dropped":     {"；%d 条录入对应的街道、项目或评委已从文件中删除，未能保留（见审计日志）", "; %d entries are for streets, items or judges the file no longer has and could not be kept (see the audit log)"},
	"round.conflicts":   {"%d 处分数在本机和文件中都被修改了，请逐项选择保留哪一个", "%d scores were changed both here and in the file; choose which to keep for each"},
	"round.repaired":    {"文件已恢复正常", "the file is valid again"},
	"round.writer_gone": {"%s 已退出录入；按 Enter 接管录入", "%s has stopped entering; press Enter to take over"},
	"round.took_over":   {"已接管录入（恢复了 %d 条未保存的录入）", "took over entering (%d unsaved entries recovered)"},
	"round.error":       {"%s", "%s"},
	"round.bad_op":      {"文件的街道、项目或评委已变化，这次录入未被采用，请重新输入", "the file's streets, items or judges changed: this entry was not applied, enter it again"},
}
