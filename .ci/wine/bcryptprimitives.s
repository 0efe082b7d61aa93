# bcryptprimitives.dll for Wine 8 (Debian 12), which has none. Go 1.22 and
# later need its ProcessPrng at start-up ("fatal error: bcryptprimitives.dll
# not found"). This stand-in fills the buffer with advapi32's RtlGenRandom
# (SystemFunction036), the generator Go used before. Built and installed
# into the Wine prefix by .ci/windows.sh; never shipped.
#
# BOOL WINAPI ProcessPrng(PBYTE pbData, SIZE_T cbData)
	.text
	.globl	DllMain
DllMain:
	movl	$1, %eax
	ret
	.globl	ProcessPrng
ProcessPrng:
	subq	$40, %rsp			# shadow space, keeps rsp 16-aligned
	call	*__imp_SystemFunction036(%rip)	# (rcx, rdx) passed through
	addq	$40, %rsp
	movzbl	%al, %eax			# BOOLEAN -> BOOL
	ret
