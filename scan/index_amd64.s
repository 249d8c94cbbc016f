#include "textflag.h"

// Sixteen copies of a byte, for the comparisons of indexBlocks.
DATA c20<>+0(SB)/8, $0x2020202020202020
DATA c20<>+8(SB)/8, $0x2020202020202020
GLOBL c20<>(SB), RODATA|NOPTR, $16
DATA cr<>+0(SB)/8, $0x7272727272727272
DATA cr<>+8(SB)/8, $0x7272727272727272
GLOBL cr<>(SB), RODATA|NOPTR, $16
DATA co<>+0(SB)/8, $0x6f6f6f6f6f6f6f6f
DATA co<>+8(SB)/8, $0x6f6f6f6f6f6f6f6f
GLOBL co<>(SB), RODATA|NOPTR, $16
DATA cd<>+0(SB)/8, $0x6464646464646464
DATA cd<>+8(SB)/8, $0x6464646464646464
GLOBL cd<>(SB), RODATA|NOPTR, $16
DATA cn<>+0(SB)/8, $0x6e6e6e6e6e6e6e6e
DATA cn<>+8(SB)/8, $0x6e6e6e6e6e6e6e6e
GLOBL cn<>(SB), RODATA|NOPTR, $16
DATA cparen<>+0(SB)/8, $0x2828282828282828
DATA cparen<>+8(SB)/8, $0x2828282828282828
GLOBL cparen<>(SB), RODATA|NOPTR, $16
DATA ceq<>+0(SB)/8, $0x3d3d3d3d3d3d3d3d
DATA ceq<>+8(SB)/8, $0x3d3d3d3d3d3d3d3d
GLOBL ceq<>(SB), RODATA|NOPTR, $16
DATA cy<>+0(SB)/8, $0x7979797979797979
DATA cy<>+8(SB)/8, $0x7979797979797979
GLOBL cy<>(SB), RODATA|NOPTR, $16
DATA cp<>+0(SB)/8, $0x7070707070707070
DATA cp<>+8(SB)/8, $0x7070707070707070
GLOBL cp<>(SB), RODATA|NOPTR, $16
DATA cE<>+0(SB)/8, $0x4545454545454545
DATA cE<>+8(SB)/8, $0x4545454545454545
GLOBL cE<>(SB), RODATA|NOPTR, $16
DATA cO<>+0(SB)/8, $0x4f4f4f4f4f4f4f4f
DATA cO<>+8(SB)/8, $0x4f4f4f4f4f4f4f4f
GLOBL cO<>(SB), RODATA|NOPTR, $16
DATA cus<>+0(SB)/8, $0x7f7f7f7f7f7f7f7f
DATA cus<>+8(SB)/8, $0x7f7f7f7f7f7f7f7f
GLOBL cus<>(SB), RODATA|NOPTR, $16

// func indexBlocksSSE2(text []byte) (int, uint32)
// Returns the start of the first 16-byte block of text in which a pair of
// triggerPairs may start, and the bits of the places in it where one may;
// or where fewer than 17 bytes are left, and 0. SSE2 only, which every
// amd64 has.
TEXT ·indexBlocksSSE2(SB), NOSPLIT, $0-36
	MOVQ text_base+0(FP), SI
	MOVQ text_len+8(FP), BX
	MOVQ SI, DI          // the start, for the offset
	LEAQ -16(SI)(BX*1), DX // blocks start before DX (each reads 17 bytes)
	MOVOU c20<>(SB), X6
	MOVOU cr<>(SB), X7
	MOVOU co<>(SB), X8
	MOVOU cd<>(SB), X9
	MOVOU cn<>(SB), X10
	MOVOU cparen<>(SB), X11
	MOVOU ceq<>(SB), X12
	MOVOU cy<>(SB), X13
	MOVOU cp<>(SB), X14
	MOVOU cus<>(SB), X15
	XORL AX, AX
	CMPQ BX, $17
	JLT done

loop:
	CMPQ SI, DX
	JGE done
	MOVOU (SI), X0
	MOVOU 1(SI), X1
	POR X6, X0           // X0: each byte, folded
	POR X6, X1           // X1: the byte after it, folded

	MOVOU X0, X2
	PCMPEQB X7, X2       // r.
	MOVOU X1, X3
	PCMPEQB X7, X3       // .r
	PAND X3, X2          // rr

	MOVOU X0, X3
	PCMPEQB X8, X3       // o.
	MOVOU X1, X4
	PCMPEQB X9, X4       // .d
	PAND X4, X3
	POR X3, X2           // od

	MOVOU X1, X4
	PCMPEQB X11, X4      // .(
	MOVOU X1, X5
	PCMPEQB X12, X5      // .=
	POR X5, X4
	MOVOU X1, X5
	PCMPEQB X10, X5      // .n
	POR X5, X4
	MOVOU X0, X3
	PCMPEQB X10, X3      // n.
	PAND X4, X3
	POR X3, X2           // n( n= nn

	MOVOU X0, X3
	PCMPEQB X13, X3      // y.
	MOVOU X1, X4
	PCMPEQB X14, X4      // .p
	PAND X4, X3
	POR X3, X2           // yp

	MOVOU cE<>(SB), X5   // no register is left for them
	MOVOU (SI), X3
	PCMPEQB X5, X3       // E. (not folded)
	MOVOU cO<>(SB), X5
	MOVOU 1(SI), X4
	PCMPEQB X5, X4       // .O
	PAND X4, X3
	POR X3, X2           // EO

	MOVOU X0, X3
	PCMPEQB X15, X3      // _ (and DEL)
	POR X3, X2

	PMOVMSKB X2, AX
	TESTL AX, AX
	JNZ done
	ADDQ $16, SI
	JMP loop

done: // AX is 0 unless a block had a pair

	SUBQ DI, SI
	MOVQ SI, at+24(FP)
	MOVL AX, mask+32(FP)
	RET

// func indexBlocksAVX2(text []byte) (int, uint32)
// indexBlocksSSE2 with blocks of 32 bytes: each reads 33.
TEXT ·indexBlocksAVX2(SB), NOSPLIT, $0-36
	MOVQ text_base+0(FP), SI
	MOVQ text_len+8(FP), BX
	MOVQ SI, DI
	LEAQ -32(SI)(BX*1), DX
	VPBROADCASTB c20<>(SB), Y6
	VPBROADCASTB cr<>(SB), Y7
	VPBROADCASTB co<>(SB), Y8
	VPBROADCASTB cd<>(SB), Y9
	VPBROADCASTB cn<>(SB), Y10
	VPBROADCASTB cparen<>(SB), Y11
	VPBROADCASTB ceq<>(SB), Y12
	VPBROADCASTB cy<>(SB), Y13
	VPBROADCASTB cp<>(SB), Y14
	VPBROADCASTB cus<>(SB), Y15
	XORL AX, AX
	CMPQ BX, $33
	JLT done32

loop32:
	CMPQ SI, DX
	JGE done32
	VMOVDQU (SI), Y0
	VMOVDQU 1(SI), Y1
	VPOR Y6, Y0, Y0          // each byte, folded
	VPOR Y6, Y1, Y1          // the byte after it, folded

	VPCMPEQB Y7, Y0, Y2      // r.
	VPCMPEQB Y7, Y1, Y3      // .r
	VPAND Y3, Y2, Y2         // rr

	VPCMPEQB Y8, Y0, Y3      // o.
	VPCMPEQB Y9, Y1, Y4      // .d
	VPAND Y4, Y3, Y3
	VPOR Y3, Y2, Y2          // od

	VPCMPEQB Y11, Y1, Y4     // .(
	VPCMPEQB Y12, Y1, Y5     // .=
	VPOR Y5, Y4, Y4
	VPCMPEQB Y10, Y1, Y5     // .n
	VPOR Y5, Y4, Y4
	VPCMPEQB Y10, Y0, Y3     // n.
	VPAND Y4, Y3, Y3
	VPOR Y3, Y2, Y2          // n( n= nn

	VPCMPEQB Y13, Y0, Y3     // y.
	VPCMPEQB Y14, Y1, Y4     // .p
	VPAND Y4, Y3, Y3
	VPOR Y3, Y2, Y2          // yp

	VPCMPEQB Y15, Y0, Y3     // _ (and DEL)
	VPOR Y3, Y2, Y2

	VMOVDQU (SI), Y3         // no register is left for E and O
	VPBROADCASTB cE<>(SB), Y4
	VPCMPEQB Y4, Y3, Y3      // E. (not folded)
	VMOVDQU 1(SI), Y4
	VPBROADCASTB cO<>(SB), Y5
	VPCMPEQB Y5, Y4, Y4      // .O
	VPAND Y4, Y3, Y3
	VPOR Y3, Y2, Y2          // EO

	VPMOVMSKB Y2, AX
	TESTL AX, AX
	JNZ done32
	ADDQ $32, SI
	JMP loop32

done32: // AX is 0 unless a block had a pair
	VZEROUPPER
	SUBQ DI, SI
	MOVQ SI, at+24(FP)
	MOVL AX, mask+32(FP)
	RET

// func hasAVX2() bool
TEXT ·hasAVX2(SB), NOSPLIT, $0-1
	XORL AX, AX
	XORL CX, CX
	CPUID
	CMPL AX, $7              // the highest leaf
	JLT no
	MOVL $1, AX
	XORL CX, CX
	CPUID
	ANDL $0x18000000, CX     // OSXSAVE and AVX
	CMPL CX, $0x18000000
	JNE no
	XORL CX, CX
	XGETBV                   // XCR0: the OS saves the XMM and YMM state
	ANDL $6, AX
	CMPL AX, $6
	JNE no
	MOVL $7, AX
	XORL CX, CX
	CPUID
	ANDL $0x20, BX           // AVX2
	JZ no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET
