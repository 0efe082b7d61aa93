package main

import (
	"fmt"

	"liangsaibi/data/schema"
)

// schemaCommand is `liangsaibi schema [FILE]`: the JSON Schema of the
// competition file, for editors. Without FILE it goes to stdout; with FILE
// it is written there (a new file, in UTF-8 — safer than PowerShell's `>`,
// which writes UTF-16).
func schemaCommand() *command {
	return &command{
		name:    "schema",
		summary: "schema.summary",
		help:    "schema.help",
		flags:   noFlags(runSchema),
	}
}

func runSchema(e *env, args []string) int {
	switch len(args) {
	case 0:
		if _, err := e.stdout.Write(schema.JSON()); err != nil {
			e.errorf("write.failed", err)
			return exitFile
		}
		return exitOK
	case 1:
		if err := createNew(args[0], schema.JSON()); err != nil {
			reportCreateError(e, args[0], err)
			return exitFile
		}
		fmt.Fprintln(e.stdout, e.t("schema.done", args[0]))
		return exitOK
	}
	return e.usageError("schema", "usage.too_many", args[1])
}

func init() {
	msgs["schema.summary"] = [2]string{"输出比赛文件的 JSON Schema（供 VS Code 等编辑器补全和检查）", "print the competition file's JSON Schema (for editors such as VS Code)"}
	msgs["schema.help"] = [2]string{`用法：liangsaibi schema [文件]

输出比赛文件的 JSON Schema（带中文说明）。把它保存在比赛文件旁边：
  liangsaibi schema competition.schema.json
模板第一行的 # yaml-language-server: $schema=./competition.schema.json
会让 VS Code（装 YAML 扩展）在输入时提示字段、显示说明并标出错误。
不写文件名时输出到屏幕。已有同名文件时不会覆盖。
`, `Usage: liangsaibi schema [FILE]

Prints the competition file's JSON Schema (with Chinese descriptions). Save
it next to your competition files:
  liangsaibi schema competition.schema.json
The template's first line # yaml-language-server: $schema=./competition.schema.json
makes VS Code (with the YAML extension) complete fields, show their
descriptions and mark mistakes as you type. Without FILE it prints to the
screen. An existing file is never replaced.
`}
	msgs["schema.done"] = [2]string{"已写出 %s", "wrote %s"}
}
