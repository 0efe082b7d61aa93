package tui

import "liangsaibi/i18n"

// entryCatalog holds the texts of the 录入 Entry view, in Chinese and English.
var entryCatalog = i18n.Catalog{
	"entry.mode.street": {"按街道录入", "By street"},
	"entry.mode.judge":  {"按评委录入", "By judge"},
	"entry.pick.street": {"选择街道（↑↓ 移动，Enter 确定，Esc 取消）", "Pick a street (↑↓, Enter, Esc)"},
	"entry.pick.judge":  {"选择评委（↑↓ 移动，Enter 确定，Esc 取消）", "Pick a judge (↑↓, Enter, Esc)"},
	"entry.switch":      {"[ ] 换%s · s 选择 · m %s", "[ ] %s · s pick · m %s"},
	"entry.street":      {"街道", "street"},
	"entry.judge":       {"评委", "judge"},
	"entry.item":        {"细则项", "Item"},
	"entry.score":       {"得分", "Score"},
	"entry.summary":     {"总分 %s · %s · 已完成 %d/%d 项 · 未录 %d 格", "total %s · %s · %d/%d items done · %d cells empty"},
	"entry.rank":        {"第%d名", "rank %d"},
	"entry.tied":        {"（并列）", " (tied)"},
	"entry.unranked":    {"待评", "pending"},
	"entry.judgeleft":   {"未录 %d 格", "%d cells empty"},
	"entry.kept":        {"%s：保留 %s", "%s: kept %s"},
	"entry.dropped":     {" · 去掉 %s", " · dropped %s"},
	"entry.single":      {"%s：%s（单个数值，不由评委打分）", "%s: %s (a single figure, not judged)"},
	"entry.figure":      {"← 完成值（目标 %s）", "← figure (target %s)"},
	"entry.direct":      {"← 直接得分", "← direct score"},
	"entry.recused":     {"回避", "recused"},
	"entry.noscores":    {"无", "none"},
	// The status line's hint; the help line below it shows the other keys.
	"entry.hint": {
		"⌫ 清除 · Ctrl+R 重做 · Tab 换视图 · x 导出 · p 投屏 · ? 全部按键 · q 退出",
		"⌫ clear · Ctrl+R redo · Tab views · x export · p projector · ? all keys · q quit",
	},

	// results
	"entry.saved":       {"已保存：%s", "Saved: %s"},
	"entry.pending":     {"正在保存：%s…", "Saving: %s…"},
	"entry.cell":        {"%s · %s · %s = %s", "%s · %s · %s = %s"},
	"entry.cell.single": {"%s · %s = %s", "%s · %s = %s"},
	"entry.filesaved":   {"已写入文件", "Written to the file"},
	"entry.undone":      {"已撤销：%s", "Undone: %s"},
	"entry.redone":      {"已重做：%s", "Redone: %s"},
	"entry.nothingundo": {"没有可撤销的录入", "Nothing to undo"},
	"entry.nothingredo": {"没有可重做的录入", "Nothing to redo"},
	"entry.recovered":   {"已恢复 %d 条未保存的录入", "Recovered %d unsaved entries"},
	"entry.democopy":    {"示例数据已另存为 %s，录入的分数保存在这个文件里", "The demo was copied to %s; entered scores are saved there"},
	"entry.savingto":    {"录入的分数保存到 %s", "Entered scores go to %s"},
	"entry.reloaded":    {"文件已被其他程序修改，已重新读取", "The file was changed by another program and has been read again"},
	"entry.err.reload":  {"重新读取文件失败：%s", "Reading the file again failed: %s"},
	"entry.saving":      {"正在保存…", "Saving…"},

	// refusals and errors
	"entry.bad.number":   {"“%s”不是数字，请输入如 8 或 8.5 的分数", "“%s” is not a number; type a score such as 8 or 8.5"},
	"entry.bad.decimals": {"“%s”的小数超过 6 位", "“%s” has more than 6 decimals"},
	"entry.bad.zero":     {"“%s”开头多了 0", "“%s” has a leading zero"},
	"entry.bad.large":    {"“%s”太大", "“%s” is too large"},
	"entry.bad.range":    {"“%s”超出范围：%s 的分数应在 0 到 %s 之间", "“%s” is out of range: %s takes 0 to %s"},
	"entry.bad.negative": {"“%s”不能为负数", "“%s” cannot be negative"},
	"entry.bad.kept":     {"，原值不变", "; the old value is kept"},
	"entry.norecuse":     {"只有评委打分项可以回避", "Only judged items can be recused"},
	"entry.nocell":       {"这里没有可录入的格子", "No cell to enter here"},
	"entry.readonly":     {"只读：文件正由 %s 录入，此处不能录入", "Read-only: %s is entering scores into this file"},
	"entry.nosession":    {"没有可写入的文件，不能录入", "No writable file: entering is off"},
	"entry.err.commit":   {"没有保存：%s", "Not saved: %s"},
	"entry.err.save":     {"写入文件失败：%s（已录入的分数仍在日志中，不会丢失）", "Writing the file failed: %s (entered scores are kept in the journal)"},
	"entry.err.diskfull": {"磁盘已满", "the disk is full"},
	"entry.err.readonly": {"文件或文件夹不可写", "the file or folder is read-only"},
	"entry.err.conflict": {"文件已被其他程序修改，没有覆盖；本次录入另存为 %s", "The file was changed by another program and was not overwritten; our scores were saved to %s"},
	"entry.err.demo":     {"无法创建示例数据的副本：%s", "Could not copy the demo: %s"},
	"entry.err.quit":     {"保存失败，没有退出。再按 q 强制退出（分数仍在日志中，下次打开会恢复）", "Saving failed, not quitting. Press q again to quit anyway (scores stay in the journal)"},
}

// et is a message of the entry catalog in lang.
func et(lang i18n.Lang, key string, args ...any) string { return entryCatalog.T(lang, key, args...) }
