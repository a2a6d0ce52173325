"""The fixed Korean wording of the printed documents: titles, headings, labels, formats.

The handouts are Korean legal documents whatever language the screens are in, so their wording does not go through
the translator; this module is the one place in the package where it is written. Texts that vary by shop (payment,
pause, cancellation and refund terms) reach the renderers inside the values; their standard wording, used when the
shop has not written its own, is at the end of this module and is filled in by ``standard_terms.py``.
"""

from __future__ import annotations

from typing import Final

# --- formats ------------------------------------------------------------------------------------------------------

DATE: Final = "{year}년 {month}월 {day}일"
MONTH: Final = "{year}년 {month}월"
DATE_BLANK: Final = "20      년      월      일"
DATE_TIME: Final = "{year}년 {month}월 {day}일 {hour:02d}:{minute:02d}"
MONTHS: Final = "{count}개월"
DAYS: Final = "{count}일"
PERIOD: Final = "{start} ~ {end}"
PAGE_NUMBER: Final = "{page} / {pages}"
NONE: Final = "없음"
LIST_SEPARATOR: Final = ", "
FOOTER_SEPARATOR: Final = " · "

# --- shared labels ------------------------------------------------------------------------------------------------

SHOP_HEADING: Final = "사업자 정보"
SHOP_NAME: Final = "상호"
SHOP_REPRESENTATIVE: Final = "대표자"
SHOP_BUSINESS_NUMBER: Final = "사업자등록번호"
SHOP_ADDRESS: Final = "주소"
SHOP_PHONE: Final = "전화번호"
SHOP_EMAIL: Final = "이메일"

CUSTOMER_HEADING: Final = "고객 정보"
CUSTOMER_NUMBER: Final = "고객번호"
CUSTOMER_NAME: Final = "성명"
CUSTOMER_PHONE: Final = "연락처"
CUSTOMER_ADDRESS: Final = "배송지"
CHILDREN: Final = "자녀"
CHILD_LINE: Final = "{name} ({birth_month}생)"

PLAN_HEADING: Final = "계약 내용"
PLAN_NAME: Final = "요금제"
PLAN_KIND: Final = "종류"
PLAN_TIER: Final = "등급"
PLAN_SUPPLY: Final = "제공 내용"
PLAN_TERM: Final = "계약 기간"
PLAN_TRIAL: Final = "무료 체험"
PLAN_TRIAL_DAYS: Final = "시작일부터 {days}일 (기간 안에 해지하면 요금을 받지 않습니다)"

FEES_HEADING: Final = "요금 및 결제"
FEE_ITEM: Final = "항목"
FEE_DETAIL: Final = "내용"
FEE_AMOUNT: Final = "금액"
FEE_MONTHLY: Final = "월 이용료"
FEE_DISCOUNT: Final = "할인: {label}"
FEE_MONTHLY_PAYABLE: Final = "월 결제 금액"
FEE_MONTHLY_PAYABLE_DETAIL: Final = "월 이용료에서 할인을 뺀 금액"
FEE_DEPOSIT: Final = "보증금"
FEE_DEPOSIT_DETAIL: Final = "계약이 끝나고 장난감 반납을 확인한 뒤 돌려드립니다"
FEE_TOTAL: Final = "계약 기간 이용료 합계"
FEE_TOTAL_DETAIL: Final = "{months} (보증금 제외)"
PAYMENT_TIMING: Final = "결제 시기"
PAYMENT_METHOD: Final = "결제 수단"

PAUSE_HEADING: Final = "일시정지"
CANCELLATION_HEADING: Final = "계약 해지 및 위약금"
CANCELLATION_EXAMPLE: Final = "계산 예시"
HOW_TO_CANCEL: Final = "해지 신청 방법"
REFUND_HEADING: Final = "환불"
RENTAL_TERMS_HEADING: Final = "대여 조건"
RENTAL_TERMS_TEXT: Final = (
    "빌려 드린 장난감은 매장의 소유입니다. 고객은 장난감을 주의하여 사용·보관하고, 다른 사람에게 빌려주거나 "
    "팔 수 없습니다. 반납일은 빌린 날부터 {loan_days}일이며, 늦게 반납하면 장난감 1개당 하루 {late_fee}의 "
    "연체료를 받되 {cap_days}일분({cap})을 넘지 않습니다. 반납이 {suspension}일 넘게 늦어지면 반납할 때까지 "
    "새 대여를 중지합니다. 고객의 잘못으로 장난감이 파손되거나 구성품을 잃어버리면 그 장난감 가격의 {damage}%를, "
    "장난감을 잃어버리면 그 장난감 가격을 받습니다. 정상적으로 사용하다 닳은 것은 고객이 부담하지 않습니다."
)
RENTAL_TERMS_DEPOSIT: Final = (
    " 보증금 {deposit}은 계약이 끝나고 장난감을 모두 반납하면 돌려드리며, 받지 못한 연체료나 파손·분실 "
    "금액이 있으면 그만큼 빼고 돌려드립니다."
)
DEFECT_HEADING: Final = "장난감 하자와 교환·수리"
DEFECT_TEXT: Final = (
    "장난감이 파손되었거나 구성품이 빠졌거나 작동하지 않는 상태로 도착하면 매장에 알려 주십시오. 매장은 비용을 "
    "받지 않고 같은 장난감으로 교환하거나 수리해 드리며, 교환이나 수리가 어려우면 그 장난감을 쓰지 못한 기간의 "
    "이용료를 돌려드립니다. 이때 드는 배송비와 수리비는 매장이 부담합니다."
)
COMPLAINT_HEADING: Final = "불만 처리 및 분쟁 해결"
#: The termination request form printed as the contract's last page, to cut off and hand or send to the shop.
TERMINATION_FORM_CUT: Final = "이 장은 잘라서 계약을 해지할 때 사용하실 수 있습니다."
TERMINATION_FORM_TITLE: Final = "계약 해지 신청서"
TERMINATION_FORM_TO: Final = "받는 곳: {shop} ({contact})"
TERMINATION_FORM_WISHED_DATE: Final = "해지 희망일"
TERMINATION_FORM_REASON: Final = "해지 사유(선택)"
#: Spaces to write in by hand; no-break spaces, which a paragraph does not collapse.
TERMINATION_FORM_DATE_BLANK: Final = "20" + "\u00a0" * 10 + "년" + "\u00a0" * 8 + "월" + "\u00a0" * 8 + "일"
TERMINATION_FORM_REASON_BLANK: Final = "\n\n"
TERMINATION_FORM_TEXT: Final = (
    "「방문판매 등에 관한 법률」에 따라 위 계약의 해지를 신청합니다. 해지는 매장이 신청을 받은 날(해지 희망일이 "
    "더 늦으면 그날)부터 효력이 있으며, 위약금과 환불은 계약서의 계약 해지 및 환불 조항에 따릅니다."
)
TERMINATION_FORM_APPLICANT: Final = "신청인"
COMPLAINT_CONTACT: Final = "전화 {phone}, 주소 {address}"
COMPLAINT_CONTACT_EMAIL: Final = "전화 {phone}, 이메일 {email}, 주소 {address}"
COMPLAINT_TEXT: Final = (
    "이 계약에 관한 문의와 불만은 {shop}({contact})에 알려 주시면 매장이 확인하여 "
    "답변드립니다. 해결되지 않으면 한국소비자원(국번 없이 1372)에 상담하거나, 소비자기본법에 따른 "
    "소비자분쟁조정위원회에 분쟁 조정을 신청할 수 있습니다."
)

SIGNATURE: Final = "서명"
SIGNATURE_DATE: Final = "날짜"
SIGNATURE_SEAL: Final = "(서명 또는 인)"
SIGNER_SHOP: Final = "담당자"

# --- contract -----------------------------------------------------------------------------------------------------

CONTRACT_TITLE: Final = "장난감 구독 서비스 이용 계약서"
CONTRACT_NUMBER: Final = "계약번호"
CONTRACT_ISSUED_ON: Final = "작성일"
COPY_SHOP: Final = "사업자 보관용"
COPY_CUSTOMER: Final = "고객 보관용"
CONTRACT_SUBJECT: Final = "장난감 구독 계약서 ({copies})"
CONTRACT_KEYWORDS: Final = "계약서, {number}, {customer_number}"

CONSENT_HEADING: Final = "개인정보 수집·이용 동의"
CONSENT_REQUIRED_HEADING: Final = "필수 동의"
CONSENT_OPTIONAL_HEADING: Final = "선택 동의"
CONSENT_NONE: Final = "해당 항목이 없습니다."
CONSENT_KIND: Final = "동의 항목"
CONSENT_ANSWER: Final = "동의 여부"
CONSENT_GIVEN_ON: Final = "동의일"
CONSENT_NOTICE_VERSION: Final = "고지문 버전"
CONSENT_METHOD: Final = "방법"
CONSENT_GRANTED: Final = "동의함"
CONSENT_REFUSED: Final = "동의하지 않음"
CONSENT_UNANSWERED: Final = "□ 동의함  □ 동의하지 않음"
CONSENT_RIGHT_TO_REFUSE: Final = (
    "고객은 개인정보 수집·이용에 동의하지 않을 권리가 있습니다. 필수 항목에 동의하지 않으면 계약을 체결할 수 없으며, "
    "선택 항목에 동의하지 않아도 서비스 이용에는 아무런 제한이 없습니다. "
    "선택 항목의 동의는 언제든지 철회할 수 있습니다. 각 동의의 목적, 수집 항목, 보유 기간은 아래 고지 내용과 같습니다."
)
CONSENT_NOTICE_OF_VERSION: Final = "고지 내용: {kind} (고지문 {version})"

CONTRACT_AGREEMENT: Final = (
    "사업자와 고객은 위 내용을 확인하고 이 계약을 체결합니다. 이 계약서는 두 부를 작성하여 사업자와 고객이 "
    "각각 한 부씩 보관합니다."
)
CONTRACT_PRE_CONTRACT_NOTE: Final = (
    "고객은 계약 체결 전에 계속거래 사전 고지서로 위 거래 조건을 안내받았습니다. 계속거래 계약은 "
    "「방문판매 등에 관한 법률」에 따라 계약 기간 중 언제든지 해지할 수 있습니다."
)
SIGNATURE_PARTY_SHOP: Final = "사업자"
SIGNATURE_PARTY_CUSTOMER: Final = "고객"

# --- pre-contract information sheet -------------------------------------------------------------------------------

PRE_CONTRACT_TITLE: Final = "계속거래 계약 사전 고지서"
PRE_CONTRACT_LEAD: Final = (
    "「방문판매 등에 관한 법률」 제30조에 따라 계약을 체결하기 전에 사업자, 제공 내용, 가격과 결제 시기, "
    "계약 해지와 환불에 관한 사항을 알려 드립니다. 내용을 충분히 읽어 보신 뒤 계약 여부를 정하십시오."
)
PRE_CONTRACT_SUBJECT: Final = "계속거래 계약 사전 고지서"
PRE_CONTRACT_KEYWORDS: Final = "사전 고지서, {plan}"
PRE_CONTRACT_RIGHTS_HEADING: Final = "소비자의 권리"
PRE_CONTRACT_RIGHTS: Final = (
    "1개월 이상 계속되는 거래 계약은 계약 기간 중 언제든지 해지할 수 있으며, 사업자는 해지를 이유로 "
    "위 위약금을 넘는 금액을 청구하거나 받은 돈의 반환을 늦출 수 없습니다. 분쟁이 생기면 한국소비자원(국번 없이 "
    "1372) 또는 지방자치단체의 소비자 상담 창구에 도움을 요청할 수 있습니다."
)
PRE_CONTRACT_ACKNOWLEDGEMENT: Final = "위 내용을 계약 체결 전에 설명 듣고 이 고지서를 받았습니다."
PRE_CONTRACT_ISSUED_ON: Final = "교부일"
PRE_CONTRACT_EXPLAINED_BY: Final = "설명한 직원"

# --- change confirmation ------------------------------------------------------------------------------------------

CHANGE_TITLE: Final = "고객 정보 변경 확인서"
CHANGE_NUMBER: Final = "문서번호"
CHANGE_ISSUED_ON: Final = "발행일"
CHANGE_SUBJECT: Final = "고객 정보 변경 확인서 ({kind})"
CHANGE_KEYWORDS: Final = "변경 확인서, {number}, {customer_number}"
CHANGE_HEADING: Final = "변경 내용"
CHANGE_KIND: Final = "변경 항목"
CHANGE_OLD: Final = "변경 전"
CHANGE_NEW: Final = "변경 후"
CHANGE_EFFECTIVE_FROM: Final = "적용일"
CHANGE_REASON: Final = "사유"
CHANGE_RECORDED_BY: Final = "접수 직원"
CHANGE_RECORDED_AT: Final = "접수 일시"
CHANGE_CONTRACTS_HEADING: Final = "적용되는 계약"
CHANGE_CONTRACTS_NONE: Final = "진행 중인 계약이 없습니다."
CHANGE_CONTRACTS_LEAD: Final = "적용일부터 아래 계약의 배송과 연락에 변경 후 내용을 사용합니다."
CHANGE_NOTES_HEADING: Final = "안내"
CHANGE_CONFIRMATION: Final = "위와 같이 고객 정보가 변경되었음을 확인합니다."
CHANGE_DELIVERIES_HEADING: Final = "적용되는 배송"
CHANGE_DELIVERIES_LEAD: Final = "이 변경은 아래 배송에 적용됩니다."
CHANGE_DELIVERIES_NONE: Final = "이 변경이 적용되는 배송이 없습니다."
CHANGE_DELIVERY_DAY: Final = "배송일"
CHANGE_DELIVERY_CONTRACT: Final = "계약번호 · 구분"
CHANGE_DELIVERY_CHANGE: Final = "변경 전 → 변경 후"
CHANGE_DELIVERY_ARROW: Final = "{old} → {new}"
CHANGE_DELIVERY_PACKED_OLD: Final = "변경 전 주소로 포장되어 있어 새 주소로 다시 포장합니다."
CHANGE_DELIVERY_SENT_OLD: Final = "변경을 접수하기 전에 변경 전 정보로 보냈습니다."

# --- subscription change confirmations (pause, early resume, plan change, cancellation, renewal) -----------------

SUBSCRIPTION_CHANGE_TITLE: Final = "{change} 확인서"
SUBSCRIPTION_CHANGE_SUBJECT: Final = "{change} 확인서 ({contract})"
SUBSCRIPTION_CHANGE_KEYWORDS: Final = "변경 확인서, {change}, {number}, {contract}"
SUBSCRIPTION_CHANGE_DOCUMENT_SUBJECT: Final = "{change} ({date})"
CONTRACT_HEADING: Final = "고객 및 계약"
CHANGE_LABEL_PAUSE: Final = "일시정지"
CHANGE_LABEL_RESUME: Final = "일시정지 조기 해제"
CHANGE_LABEL_PLAN_CHANGE: Final = "요금제 변경"
CHANGE_LABEL_CANCEL: Final = "계약 해지"
CHANGE_LABEL_RENEW: Final = "계약 갱신"
CHANGE_NOTE: Final = "메모"
PAUSE_PERIOD: Final = "정지 기간"
PAUSE_PERIOD_DAYS: Final = "{period} ({days}일)"
END_BEFORE: Final = "변경 전 종료일"
END_AFTER: Final = "변경 후 종료일"
RESUME_PAUSE_AS_AGREED: Final = "원래 정지 기간"
RESUME_BACK_FROM: Final = "서비스 재개일"
RESUME_NEW_PAUSE: Final = "바뀐 정지 기간"
RESUME_NO_PAUSE: Final = "정지하지 않음 (정지 시작 전에 재개)"
PLAN_BEFORE: Final = "변경 전 요금제"
PLAN_AFTER: Final = "변경 후 요금제"
FEE_BEFORE: Final = "변경 전 월 요금"
FEE_AFTER: Final = "변경 후 월 요금"
FEE_FROM: Final = "새 요금 적용일"
CANCEL_EFFECTIVE: Final = "해지 효력일"
CANCEL_EFFECTIVE_VALUE: Final = "{date} (마지막 이용일 {last})"
CANCEL_FEE: Final = "위약금"
CANCEL_DEPOSIT: Final = "보증금 반환"
CANCEL_NO_DEPOSIT: Final = "받은 보증금이 없습니다"
CANCEL_COMPUTATION: Final = "위약금 계산"
#: The cancel dialog's lines, in the same words: the remaining term, the remaining fees and the fee.
CANCEL_REMAINING_TERM: Final = "남은 약정 기간: {end}까지 {days}일"
CANCEL_REMAINING_FEES: Final = "남은 이용료: {breakdown} = {remaining}"
CANCEL_FEE_LINE: Final = "위약금: 남은 이용료의 {percent}%{cap} = {fee}"
CANCEL_FEE_CAP: Final = ", 최대 {cap}"
CANCEL_WITHIN_TRIAL: Final = "무료 체험 기간 안의 해지: 위약금이 없습니다."
CANCEL_BREAKDOWN_DAYS_30: Final = "{monthly} × {days}일 ÷ 30"
CANCEL_BREAKDOWN_WHOLE: Final = "{months}개월 × {monthly}"
CANCEL_BREAKDOWN_PARTIAL: Final = "{monthly} × {cycle_days}일 중 {days}일"
CANCEL_BREAKDOWN_JOIN: Final = " + "
TOYS_OUT_HEADING: Final = "반납할 장난감"
TOYS_OUT_LEAD: Final = "해지를 접수할 때 아래 장난감이 아직 반납되지 않았습니다. 반납 예정일까지 반납해 주십시오."
TOYS_OUT_NONE: Final = "해지를 접수할 때 빌려 간 장난감이 없었습니다."
TOY_NAME: Final = "장난감"
TOY_BARCODE: Final = "바코드"
TOY_CHILD: Final = "자녀"
TOY_DUE: Final = "반납 예정일"
RENEW_NEW_CONTRACT: Final = "새 계약번호"
RENEW_NEW_TERM: Final = "새 계약 기간"
RENEW_PLAN: Final = "요금제"
RENEW_LIST_PRICE: Final = "월 이용료"
RENEW_LIST_PRICE_VALUE: Final = "{price} (새 계약 첫날인 {start}의 가격)"
RENEW_MONTHLY: Final = "월 결제 금액"
FOLLOWS_HEADING: Final = "앞으로의 일정과 안내"
FOLLOWS_PAUSE: Final = (
    "{first}부터 {last}까지 배송과 교환을 하지 않고 그 기간의 이용료를 받지 않습니다. {back}부터 다시 이용합니다."
)
FOLLOWS_END_MOVED: Final = "계약 종료일이 {before}에서 {after}로 바뀝니다."
FOLLOWS_END_KEPT: Final = "계약 종료일({end})은 바뀌지 않습니다."
FOLLOWS_RESUME: Final = "{back}부터 배송과 교환을 다시 하고 그날부터 이용료를 받습니다."
FOLLOWS_PLAN_CHANGE: Final = (
    "{date}부터 {plan} 요금제로 이용하고 월 {fee}을 결제합니다. 그 전날까지는 변경 전 요금제로 이용합니다."
)
FOLLOWS_PLAN_CHANGE_TERM: Final = "계약 기간({end}까지)은 바뀌지 않습니다."
FOLLOWS_CANCEL: Final = "{date}부터 배송과 교환을 하지 않고 그 뒤의 이용료를 결제하지 않습니다."
FOLLOWS_CANCEL_FEE: Final = "위약금 {fee}을 청구합니다."
FOLLOWS_CANCEL_NO_FEE: Final = "위약금은 없습니다."
FOLLOWS_DEPOSIT: Final = "보증금 {deposit}은 장난감이 반납되어 상태를 확인한 뒤 3영업일 안에 돌려드립니다."
FOLLOWS_TOYS: Final = "빌린 장난감 {count}개는 반납 예정일까지 매장으로 반납하거나 회수를 요청해 주십시오."
FOLLOWS_RENEW: Final = (
    "지금 계약이 끝난 다음 날인 {start}부터 새 계약이 이어집니다. 새 계약의 가격은 그날 적용되는 가격이며, "
    "새 계약서를 따로 드립니다."
)
SUBSCRIPTION_CHANGE_CONFIRMATION: Final = "위와 같이 계약이 변경되었음을 확인합니다."

# --- standard wording of what varies by shop or contract (see ``standard_terms.py``) ------------------------------

KIND_BOX: Final = "정기배송"
KIND_RENTAL: Final = "렌털"
KIND_UNLIMITED: Final = "무제한"

PAYMENT_CASH: Final = "현금"
PAYMENT_CARD: Final = "카드"
PAYMENT_BANK_TRANSFER: Final = "계좌이체"
PAYMENT_AUTO_DEBIT: Final = "자동이체"
PAYMENT_TO_BE_CHOSEN: Final = "계약할 때 정합니다 (현금, 카드, 계좌이체 또는 자동이체)"

WEEKDAYS: Final = ("월", "화", "수", "목", "금", "토", "일")

SUPPLY_BOX: Final = "매월 1회 자녀의 월령에 맞는 장난감을 상자로 배송합니다."
SUPPLY_BOX_ON_DAY: Final = "매월 {day}일에 자녀의 월령에 맞는 장난감을 상자로 배송합니다."
SUPPLY_BOX_ON_DAY_MONTH_END: Final = (
    "매월 {day}일(그날이 없는 달은 말일)에 자녀의 월령에 맞는 장난감을 상자로 배송합니다."
)
SUPPLY_RENTAL: Final = "자녀의 월령에 맞는 장난감을 빌려 드리고, {cadence} 새 장난감으로 교환합니다."
SUPPLY_RENTAL_ON_WEEKDAY: Final = (
    "자녀의 월령에 맞는 장난감을 빌려 드리고, {cadence} {weekday}요일에 새 장난감으로 교환합니다."
)
SUPPLY_RENTAL_RETURN: Final = " 계약이 끝나면 빌린 장난감을 모두 반납합니다."
SUPPLY_UNLIMITED: Final = "계약 기간 동안 매장에서 장난감을 횟수 제한 없이 빌리고 교환할 수 있습니다."
CADENCE_MONTHLY: Final = "매월"
CADENCE_EVERY_2_WEEKS: Final = "2주마다"
CADENCE_EVERY_4_WEEKS: Final = "4주마다"

PAYMENT_TIMING_GENERIC: Final = "첫 달 이용료는 이용 시작일에 결제하고, 이후 매월 같은 날에 그달 이용료를 결제합니다."
PAYMENT_TIMING_GENERIC_TRIAL: Final = (
    "무료 체험 {days}일이 끝난 다음 날 첫 달 이용료를 결제하고, 이후 매월 같은 날에 그달 이용료를 결제합니다."
)
PAYMENT_TIMING_DATED: Final = "첫 결제는 {first}에 하고, 이후 매월 {day}일에 그달 이용료를 결제합니다."
PAYMENT_TIMING_DATED_MONTH_END: Final = (
    "첫 결제는 {first}에 하고, 이후 매월 {day}일(그날이 없는 달은 말일)에 그달 이용료를 결제합니다."
)
PAYMENT_TIMING_DEPOSIT: Final = " 보증금 {deposit}은 첫 결제 때 함께 냅니다."
PAYMENT_TIMING_CHANGE: Final = " 요금제 변경에 따라 {date}부터는 {plan}의 월 {fee}을 결제합니다."

TERM_DISCOUNT_LABEL: Final = "장기 약정"
TERM_DISCOUNT_EVIDENCE: Final = "{months} 약정, 월 이용료의 {percent}%"
TERM_DISCOUNT_EVIDENCE_PLAIN: Final = "{months} 약정"
DISCOUNT_LABEL: Final = "{label} ({percent}%)"

PAUSE_EXTEND_TERM: Final = (
    "계약 기간 중 일시정지를 신청할 수 있으며, 한 번에 {max_days}일까지 정지할 수 있습니다. 정지 기간에는 배송과 "
    "교환을 하지 않고 그 기간의 이용료를 받지 않으며, 정지한 날수만큼 계약 종료일이 늦춰집니다."
)
PAUSE_KEEP_END: Final = (
    "계약 기간 중 일시정지를 신청할 수 있으며, 한 번에 {max_days}일까지 정지할 수 있습니다. 정지 기간에는 배송과 "
    "교환을 하지 않고 그 기간의 이용료를 받지 않으며, 계약 종료일은 바뀌지 않습니다."
)
PAUSE_AFTER_TRIAL: Final = " 무료 체험 기간에는 일시정지 대신 해지할 수 있습니다."
SKIP_CHARGED: Final = (
    "한 달의 배송을 건너뛸 수 있으며, 건너뛴 달의 이용료는 그대로 받습니다. 배송을 건너뛰어도 계약 종료일은 "
    "바뀌지 않습니다."
)
SKIP_NOT_CHARGED: Final = (
    "한 달의 배송을 건너뛸 수 있으며, 건너뛴 배송일이 속한 결제 주기(1개월)의 이용료는 받지 않습니다. 배송을 "
    "건너뛰어도 계약 종료일은 바뀌지 않습니다."
)

CANCELLATION_RULE: Final = (
    "이 계약은 「방문판매 등에 관한 법률」의 계속거래로, 고객은 계약 기간 중 언제든지 해지할 수 있습니다. "
    "계약 기간이 끝나기 전에 해지하면 해지 효력일부터 남은 기간 이용료의 {percent}%를 위약금으로 받습니다. "
    "남은 기간 이용료는 남은 결제 주기(1개월)마다 그 주기의 이용료를 더하고, 해지 효력일이 속한 주기는 "
    "이용료 × 그 주기의 남은 일수 ÷ 그 주기의 일수로 계산합니다(원 단위 미만은 버립니다)."
)
#: The rule of contracts signed before fees were counted by billing cycle; such a contract keeps it.
CANCELLATION_RULE_DAYS_30: Final = (
    "이 계약은 「방문판매 등에 관한 법률」의 계속거래로, 고객은 계약 기간 중 언제든지 해지할 수 있습니다. "
    "계약 기간이 끝나기 전에 해지하면 남은 기간 이용료의 {percent}%를 위약금으로 받습니다. 위약금은 "
    "월 이용료 × 남은 일수 ÷ 30 × {percent}%로 계산합니다(원 단위 미만은 버립니다)."
)
#: Which standard the rule follows: the dispute standard for rentals, the shop's own rule for a continuous sale.
CANCELLATION_BASIS_RENTAL: Final = " 이는 소비자분쟁해결기준(의무사용기간이 1년을 넘는 렌털)에 따른 것입니다."
CANCELLATION_BASIS_BOX: Final = (
    " 정기배송은 계속거래로서 위약금이 매장의 실제 손해를 넘지 않도록 이 기준을 매장의 규정으로 정한 것입니다."
)
CANCELLATION_RULE_CAP: Final = " 위약금은 {cap}을 넘지 않습니다."
CANCELLATION_RULE_FREE: Final = (
    "이 계약은 「방문판매 등에 관한 법률」의 계속거래로, 고객은 계약 기간 중 언제든지 위약금 없이 해지할 수 있습니다."
)
CANCELLATION_RULE_TRIAL: Final = " 무료 체험 {days}일 안에 해지하면 이용료와 위약금이 없습니다."
CANCELLATION_RULE_PAUSED: Final = " 일시정지 중인 날은 남은 일수에 넣지 않습니다."

CANCELLATION_EXAMPLE_TEXT: Final = (
    "{elapsed} 이용 후 {date}에 해지하는 경우: 남은 기간 {period}의 이용료 {breakdown}, 그 {percent}%인 위약금 {fee}"
)
CANCELLATION_EXAMPLE_TEXT_DAYS_30: Final = (
    "{elapsed} 이용 후 {date}에 해지하는 경우: 남은 기간 {days}일({period}) → 월 이용료 {monthly} × "
    "{days}일 ÷ 30 = {remaining}, 그 {percent}%인 위약금 {fee}"
)
#: The fees of the remaining period by billing cycle: "17개월 × 39,000원 = 663,000원".
REMAINING_WHOLE_CYCLES: Final = "{months} × {monthly}"
REMAINING_PARTIAL_CYCLE: Final = "{monthly} × {days}일 ÷ {cycle_days}일({first}~{last})"
REMAINING_SUM: Final = "{parts} = {total}"
CANCELLATION_EXAMPLE_CAPPED: Final = "{example} (상한 {cap} 적용)"
CANCELLATION_EXAMPLE_FREE: Final = "{elapsed} 이용 후 {date}에 해지하는 경우: 위약금 없음"
CANCELLATION_EXAMPLE_ASSUMED: Final = "{start}에 이용을 시작한다고 할 때, {example}"

HOW_TO_CANCEL_TEXT: Final = (
    "매장 방문, 전화({phone}) 또는 서면으로 신청합니다. 해지는 신청한 날(고객이 더 늦은 날을 정하면 그날)부터 "
    "효력이 있으며, 그 뒤의 이용료는 결제하지 않습니다."
)
HOW_TO_CANCEL_NO_PHONE: Final = (
    "매장 방문, 전화 또는 서면으로 신청합니다. 해지는 신청한 날(고객이 더 늦은 날을 정하면 그날)부터 "
    "효력이 있으며, 그 뒤의 이용료는 결제하지 않습니다."
)
HOW_TO_CANCEL_RETURN: Final = " 빌린 장난감은 해지한 뒤 매장으로 반납하거나 회수를 요청해 주십시오."

#: The part of the fees paid that falls after the cancellation is counted by billing cycle, as the remaining fees of
#: the early-termination fee are (``domain.fees``), never by 30-day months.
REFUND_TEXT: Final = (
    "해지하면 이미 낸 이용료 중 해지 효력일부터의 몫을 {basis}결제 주기(1개월)별로 계산합니다. 이용료를 낸 주기가 "
    "통째로 남으면 그 주기의 이용료 전부를, 해지 효력일이 속한 주기는 이용료 × 그 주기의 남은 일수 ÷ 그 주기의 "
    "일수를 돌려드릴 몫으로 하며(원 단위 미만은 버립니다), 여기서 위약금을 뺀 금액을 해지일부터 3영업일 안에 "
    "결제한 수단으로 돌려드립니다."
)
REFUND_BASIS_LIKE_FEE: Final = "위약금의 남은 기간 이용료와 같은 방법으로 "
REFUND_DEPOSIT: Final = " 보증금 {deposit}은 장난감 반납과 상태를 확인한 뒤 3영업일 안에 돌려드립니다."

CONSENT_PERSONAL_DATA: Final = "개인정보 수집·이용 (계약 이행)"
CONSENT_MARKETING: Final = "마케팅 정보 수신"
CONSENT_SENSITIVE: Final = "민감정보 수집·이용 (자녀의 알레르기·건강)"
CONSENT_NIGHT_ADS: Final = "야간(21시~다음 날 8시) 광고성 정보 수신"

#: The personal-data notice (PIPA §15②): for each consent its purpose, the items collected (what the app stores:
#: ``db/models.py``), how long they are kept (the periods of ``domain.privacy``) and the right to refuse with its
#: consequence. The counter shows the same text the contract prints, under ``CURRENT_NOTICE_VERSION``.
NOTICE_PURPOSE: Final = "수집·이용 목적"
NOTICE_ITEMS: Final = "수집 항목"
NOTICE_RETENTION: Final = "보유·이용 기간"
NOTICE_REFUSAL: Final = "거부 권리와 불이익"
NOTICE_LINE: Final = "{label}: {text}"
NOTICE_HEADING: Final = "{kind} ({required})"
NOTICE_REQUIRED: Final = "필수"
NOTICE_OPTIONAL: Final = "선택"

PERSONAL_DATA_PURPOSE: Final = (
    "구독 계약의 체결과 이행(장난감 배송·대여·교환·회수), 자녀의 월령에 맞는 장난감 선택, 이용료·보증금·위약금의 "
    "청구와 수납·환불, 계약과 배송에 관한 연락, 문의·불만 처리"
)
PERSONAL_DATA_ITEMS: Final = (
    "보호자 성명, 휴대전화번호, 배송지 주소(우편번호, 도로명 주소, 상세 주소, 공동현관 출입 방법, 배송 메모), "
    "자녀 이름과 출생 연월, 요금제와 계약 기간, 결제 수단의 종류(현금·카드·계좌이체·자동이체), 결제·환불·위약금 "
    "기록, 배송·대여·반납 기록과 장난감 상태, 상담·불만 기록. 배우자·집 전화번호와 이메일은 적은 경우에만 수집하며, "
    "적지 않아도 계약할 수 있습니다. 카드번호와 계좌번호는 수집하지 않습니다."
)
PERSONAL_DATA_RETENTION: Final = (
    "계약이 끝날 때까지 이용하고, 끝나면 지체 없이 파기합니다. 다만 관계 법령(「전자상거래 등에서의 소비자보호에 "
    "관한 법률」)에 따라 계약·해지에 관한 기록은 {contracts}년, 대금 결제와 장난감 공급에 관한 기록은 {payments}년, "
    "불만·분쟁 처리에 관한 기록은 {complaints}년 동안 보관한 뒤 파기합니다."
)
PERSONAL_DATA_REFUSAL: Final = (
    "동의를 거부할 수 있습니다. 다만 위 필수 항목이 없으면 장난감을 배송하거나 빌려 드릴 수 없어 구독 계약을 "
    "체결할 수 없습니다."
)
MARKETING_PURPOSE: Final = "새 요금제, 행사와 혜택 안내(문자·전화·이메일)"
MARKETING_ITEMS: Final = "보호자 성명, 휴대전화번호, 이메일(적은 경우)"
MARKETING_RETENTION: Final = "동의를 철회할 때까지. 철회하면 안내를 멈추고 이 목적으로는 이용하지 않습니다."
MARKETING_REFUSAL: Final = (
    "선택 항목이므로 동의하지 않아도 계약과 서비스 이용에는 아무런 영향이 없으며, 동의한 뒤에도 언제든지 철회할 수 "
    "있습니다."
)
SENSITIVE_PURPOSE: Final = (
    "자녀에게 알레르기를 일으키거나 건강에 맞지 않는 소재·재료의 장난감을 보내지 않도록 장난감을 고르는 데 참고"
)
SENSITIVE_ITEMS: Final = "자녀의 알레르기와 건강에 관한 메모(민감정보)"
SENSITIVE_RETENTION: Final = "계약이 끝나거나 동의를 철회할 때까지. 그때 지체 없이 파기합니다."
SENSITIVE_REFUSAL: Final = (
    "선택 항목이므로 동의하지 않아도 계약과 서비스 이용에는 아무런 영향이 없습니다. 다만 매장이 장난감을 고를 때 "
    "자녀의 알레르기와 건강을 고려할 수 없습니다. 동의한 뒤에도 언제든지 철회할 수 있습니다."
)
#: The notice of version 2026-01, as consents given under it were told: items, purpose and period on one line each.
PERSONAL_DATA_ITEMS_2026_01: Final = "성명, 연락처, 주소, 자녀 이름과 출생월"
PERSONAL_DATA_PURPOSE_2026_01: Final = "계약 이행과 배송"
PERSONAL_DATA_RETENTION_2026_01: Final = "계약 종료 후 5년"
NIGHT_ADS_PURPOSE: Final = "오후 9시부터 다음 날 오전 8시 사이의 광고성 정보 문자 수신"
NIGHT_ADS_ITEMS: Final = "보호자 성명, 휴대전화번호"
NIGHT_ADS_RETENTION: Final = "동의를 철회할 때까지. 철회하면 그 시간에는 광고를 보내지 않습니다."
NIGHT_ADS_REFUSAL: Final = "동의하지 않아도 낮 시간의 안내와 서비스 이용에는 아무런 제한이 없습니다."
MARKETING_ITEMS_2026_01: Final = "성명, 연락처"
MARKETING_PURPOSE_2026_01: Final = "새 요금제와 행사 안내"
MARKETING_RETENTION_2026_01: Final = "동의를 철회할 때까지"
CONSENT_METHOD_PAPER: Final = "서면"
CONSENT_METHOD_ELECTRONIC: Final = "전자 서명"
CONSENT_METHOD_VERBAL: Final = "구두 (전화)"

CHANGE_KIND_ADDRESS: Final = "주소"
CHANGE_KIND_PHONE: Final = "연락처"
CHANGE_KIND_PHONE_ROLE: Final = "연락처 ({role})"
PHONE_ROLE_SPOUSE: Final = "배우자"
PHONE_ROLE_HOME: Final = "집"
PHONE_ROLE_OTHER: Final = "기타"
CHANGE_DOCUMENT_SUBJECT: Final = "{kind} 변경 ({date})"
REASON_REGISTRATION: Final = "신규 등록"
REASON_MOVE: Final = "이사"
REASON_TEMPORARY_STAY: Final = "임시 거주"
REASON_TEMPORARY_END_SET: Final = "임시 거주 종료일 지정"
REASON_NUMBER_CHANGE: Final = "번호 변경"
REASON_NUMBER_ADDED: Final = "번호 추가"
REASON_NUMBER_REMOVED: Final = "번호 삭제"
REASON_CORRECTION: Final = "정정"
TEMPORARY_ADDRESS: Final = "{address} (임시 거주)"
TEMPORARY_ADDRESS_UNTIL: Final = "{address} (임시 거주, {until}까지)"
CHANGE_NOTE_LATE: Final = (
    "접수일보다 앞선 날부터 적용합니다. 접수 전에 변경 전 정보로 처리된 배송과 연락은 그대로 둡니다."
)
CHANGE_NOTE_SCHEDULED: Final = "적용일 전날까지는 변경 전 정보를 사용합니다."
CHANGE_NOTE_TEMPORARY: Final = "임시 거주가 끝나면 그다음 날부터 임시 거주 전 주소를 다시 사용합니다."

# --- the plan comparison sheet for the counter -------------------------------------------------------------------

PLAN_SHEET_TITLE: Final = "요금제 비교표"
PLAN_SHEET_SUBJECT: Final = "요금제 비교표 ({date} 기준)"
PLAN_SHEET_KEYWORDS: Final = "요금제, 요금표, {date}"
PLAN_SHEET_ON: Final = "기준일"
PLAN_SHEET_LEAD: Final = (
    "{date}에 계약할 때의 요금입니다. 계약서에는 계약일의 요금이 적히고, 계약 기간 동안 그대로 유지됩니다."
)
PLAN_SHEET_OVERVIEW: Final = "한눈에 보기"
PLAN_SHEET_PLAN: Final = "요금제"
PLAN_SHEET_KIND: Final = "종류"
PLAN_SHEET_CADENCE: Final = "배송·교환"
PLAN_SHEET_LIST_PRICE: Final = "월 이용료"
PLAN_SHEET_DEPOSIT: Final = "보증금"
PLAN_SHEET_TRIAL: Final = "무료 체험"
PLAN_SHEET_TERM: Final = "계약 기간"
PLAN_SHEET_TERM_DISCOUNT: Final = "장기 할인"
PLAN_SHEET_MONTHLY: Final = "월 결제 금액"
PLAN_SHEET_TOTAL: Final = "기간 합계 (보증금 제외)"
PLAN_SHEET_DISCOUNT: Final = "{percent}% (월 {amount} 할인)"
PLAN_SHEET_AT_THE_SHOP: Final = "매장 방문"
PLAN_SHEET_NAME_TIER: Final = "{name} ({tier})"
PLAN_SHEET_NEXT_PRICE: Final = "{date}부터 월 이용료가 {price}으로 바뀝니다. 그 전에 계약하면 위 요금이 적용됩니다."
PLAN_SHEET_DISCOUNTS_NOTE: Final = "다자녀 등 할인 대상이면 계약할 때 증빙을 확인하고 월 결제 금액에서 더 할인합니다."

# --- delivery documents: picking list, manifest, address labels ---------------------------------------------------

DELIVERY_BOX: Final = "상자"
DELIVERY_SWAP: Final = "교환"
DELIVERY_DAY: Final = "배송일"
DELIVERY_DAYS: Final = "배송 기간"
PRINTED_AT: Final = "출력 일시"
COUNT: Final = "{count}건"
CHECK_BOX: Final = "□"
NUMBER_SIGN: Final = "번호"
PLAN_GROUP: Final = "{kind} · {tier}"
PLAN_GROUP_NO_TIER: Final = "{kind}"
NO_CHILDREN: Final = "-"
CHILD_AGE: Final = "{name} ({months}개월)"
CHILD_UNBORN: Final = "{name} (출생 전)"

PICKING_TITLE: Final = "피킹 리스트"
PICKING_SUBJECT: Final = "피킹 리스트 ({period})"
PICKING_KEYWORDS: Final = "피킹 리스트, {period}"
PICKING_LEAD: Final = "요금제별로 준비할 상자와 교환 건입니다. 담은 건은 왼쪽 칸에 표시하십시오."
PICKING_SUMMARY: Final = "요금제별 합계"
PICKING_PLAN: Final = "요금제"
PICKING_BOXES: Final = "상자"
PICKING_SWAPS: Final = "교환"
PICKING_TOTAL: Final = "합계"
PICKING_ALL: Final = "전체"
PICKING_CHECK: Final = "확인"
PICKING_CUSTOMER: Final = "고객"
PICKING_CHILDREN: Final = "자녀 (배송일 월령)"
PICKING_KIND: Final = "구분"
PICKING_REGION: Final = "지역"
PICKING_GROUP_TOTAL: Final = "소계 {count}건 (상자 {boxes}, 교환 {swaps})"

MANIFEST_TITLE: Final = "배송 목록 (출고 대장)"
MANIFEST_SUBJECT: Final = "배송 목록 ({period})"
MANIFEST_KEYWORDS: Final = "배송 목록, 출고 대장, {period}"
MANIFEST_RECIPIENT: Final = "받는 분"
MANIFEST_PHONE: Final = "연락처"
MANIFEST_ADDRESS: Final = "주소"
MANIFEST_SHIPMENT: Final = "택배사 · 송장번호"
MANIFEST_SIGNATURE: Final = "확인 (서명)"
MANIFEST_TOTAL: Final = "합계 {count}건 (출고 {shipped}건, 출고 전 {waiting}건)"
MANIFEST_FOOTER: Final = "배송 목록 · {period}"
MANIFEST_HANDED_OVER: Final = "인계 (매장)"
MANIFEST_TAKEN_OVER: Final = "인수 (택배사)"
MANIFEST_COURIER: Final = "택배 기사"

LABEL_TITLE: Final = "주소 라벨"
LABEL_SUBJECT: Final = "주소 라벨 {count}장 ({sheet})"
LABEL_KEYWORDS: Final = "주소 라벨, {period}"
LABEL_SHEET: Final = "{count}칸 ({columns}×{rows}, {width}×{height}mm)"
LABEL_RECIPIENT: Final = "{name} 님"
LABEL_POSTAL_CODE: Final = "{code}"
LABEL_SENDER: Final = "보내는 분: {sender}"
LABEL_REFERENCE: Final = "{contract} · {day} · {kind}"
WAYBILL_ITEM: Final = "장난감 {plan} ({kind})"
WAYBILL_SHEET: Final = "택배 접수 {day}"
SHORT_DATE: Final = "{month}/{day}"

RECEIPT_TITLE: Final = "영수증"
RECEIPT_SUBJECT: Final = "영수증 {amount}"
RECEIPT_KEYWORDS: Final = "영수증 {number}, 고객번호 {customer_number}"
RECEIPT_NUMBER: Final = "영수증 번호"
RECEIPT_ISSUED_ON: Final = "발행일"
RECEIPT_SHOP_HEADING: Final = "공급자"
RECEIPT_PAYMENT_HEADING: Final = "받은 금액"
RECEIPT_ITEMS_HEADING: Final = "수납 내역"
RECEIPT_AMOUNT: Final = "금액"
RECEIPT_PAID_ON: Final = "수납일"
RECEIPT_MEANS: Final = "결제 수단"
RECEIPT_APPROVAL: Final = "카드 승인번호"
RECEIPT_CASH_RECEIPT: Final = "현금영수증 승인번호"
RECEIPT_RECEIVED_BY: Final = "받은 사람"
RECEIPT_ITEM: Final = "항목"
RECEIPT_DUE: Final = "청구일"
RECEIPT_TOTAL: Final = "합계"
RECEIPT_CREDIT: Final = "남은 금액 {amount}은 선수금으로 보관하여 다음 청구에 씁니다."
#: Points used with a payment at the same counter visit: a discount, never money.
RECEIPT_POINTS_DISCOUNT: Final = (
    "이번 수납에서 적립금 {amount}이 할인으로 적용되었습니다 (할인: 적립금 사용). 위 금액에는 포함되지 않습니다."
)
#: Points used earlier on the charges a payment paid (from the points window, or at an earlier visit).
RECEIPT_POINTS_DISCOUNT_BEFORE: Final = (
    "위 청구에는 앞서 적립금 {amount}이 할인으로 적용되었습니다 (할인: 적립금 사용). 위 금액에는 포함되지 않습니다."
)
RECEIPT_BALANCE_AFTER: Final = "수납 후 미납 잔액"
RECEIPT_STATEMENT: Final = "위 금액을 정히 영수합니다."
RECEIPT_NOT_TAX_INVOICE: Final = "이 영수증은 세금계산서가 아닙니다."
RECEIPT_MEANS_LABELS: Final = {
    "cash": "현금",
    "card": "카드",
    "bank_transfer": "계좌이체",
    "auto_debit": "CMS 자동이체",
    "other": "기타",
}
RECEIPT_ITEM_LABELS: Final = {
    "cycle_fee": "이용료",
    "deposit": "보증금",
    "late_fee": "연체료",
    "damage_fee": "파손·부품 분실 변상료",
    "loss_fee": "분실 변상료",
    "early_termination": "위약금",
    "refund": "환불",
    "deposit_return": "보증금 반환",
    "points_discount": "할인: 적립금 사용",
}
REFUND_RECEIPT_TITLE: Final = "환불 영수증"
REFUND_RECEIPT_SUBJECT: Final = "환불 영수증 {amount}"
REFUND_RECEIPT_AMOUNT_HEADING: Final = "돌려드린 금액"
REFUND_RECEIPT_ITEMS_HEADING: Final = "환불 내역"
REFUND_RECEIPT_PAID_ON: Final = "환불일"
REFUND_RECEIPT_MEANS: Final = "환불 방법"
REFUND_RECEIPT_HANDED_BY: Final = "환불 처리"
REFUND_RECEIPT_CREDIT: Final = "선수금 환불"
REFUND_RECEIPT_DEDUCTED: Final = "공제: {item}"
REFUND_RECEIPT_AGREEMENT: Final = "미납 요금 공제에 고객이 동의함 (확인: {who}, {when})"
REFUND_RECEIPT_BALANCE_AFTER: Final = "환불 후 미납 잔액"
REFUND_RECEIPT_STATEMENT: Final = "위 금액을 환불하였습니다."
RECEIPT_CYCLE: Final = "이용료 {period}"
RECEIPT_PRO_RATED: Final = " ({days}/{cycle_days}일)"
RECEIPT_CONTRACT: Final = " · {contract}"
#: A cycle fee billed under a membership tier: the tier's discount, taken after the contract's own discounts.
RECEIPT_TIER_DISCOUNT: Final = " · {tier} 등급 할인 {percent}% -{discount}"

DAY_CLOSE_TITLE: Final = "일마감"
DAY_CLOSE_SUBJECT: Final = "일마감 {day}"
DAY_CLOSE_KEYWORDS: Final = "일마감, {day}"
DAY_CLOSE_DAY: Final = "마감일"
DAY_CLOSE_BUSINESS_NUMBER: Final = "사업자등록번호"
DAY_CLOSE_MOVEMENTS_HEADING: Final = "직원·결제 수단별 수납 내역"
DAY_CLOSE_CASH_HEADING: Final = "현금 시재"
DAY_CLOSE_CLOSED_HEADING: Final = "마감"
DAY_CLOSE_STAFF: Final = "직원"
DAY_CLOSE_MEANS: Final = "결제 수단"
DAY_CLOSE_COUNT: Final = "건수"
DAY_CLOSE_PAYMENTS: Final = "수납"
DAY_CLOSE_REFUNDS: Final = "환불"
DAY_CLOSE_VOIDS: Final = "취소"
DAY_CLOSE_NET: Final = "순입금"
DAY_CLOSE_WRITE_OFFS: Final = "대손 처리"
DAY_CLOSE_TOTAL: Final = "합계"
DAY_CLOSE_UNIT: Final = "금액 단위: 원"
DAY_CLOSE_BY_MEANS: Final = "결제 수단별 순입금"
DAY_CLOSE_NO_MOVEMENTS: Final = "이날 수납·환불·대손 처리·취소가 없습니다."
DAY_CLOSE_OPENING_FLOAT: Final = "시작 시재"
DAY_CLOSE_EXPECTED: Final = "있어야 할 현금"
DAY_CLOSE_COUNTED: Final = "센 현금"
DAY_CLOSE_DIFFERENCE: Final = "차액"
DAY_CLOSE_REASON: Final = "차액 사유"
DAY_CLOSE_CLOSED_BY: Final = "마감한 사람"
DAY_CLOSE_CLOSED_AT: Final = "마감 시각"
DAY_CLOSE_EXPECTED_RULE: Final = "있어야 할 현금 = 시작 시재 + 현금 수납 - 현금 환불 (취소 반영)"
DAY_CLOSE_REOPENED: Final = "이 마감은 {when} {who}님이 다시 열었습니다(사유: {reason}). 대체된 기록입니다."
DAY_CLOSE_WRITE_OFF_MEANS: Final = "대손 처리"
# --- VAT lines (일반과세자) on receipts and statements ----------------------------------------------------------
VAT_HEADING: Final = "부가가치세"
VAT_TAXABLE: Final = "과세 대상 금액"
VAT_SUPPLY: Final = "공급가액"
VAT_TAX: Final = "부가세"
VAT_NOTE: Final = "이용료 등 과세 대상 금액은 부가가치세가 포함된 금액입니다. 공급가액 = 금액 ÷ 1.1 (원 단위 반올림)."

# --- the statement (거래 내역서) ----------------------------------------------------------------------------------
STATEMENT_TITLE: Final = "거래 내역서"
STATEMENT_SUBJECT: Final = "거래 내역서 {period}"
STATEMENT_KEYWORDS: Final = "거래 내역서 {number}, 고객번호 {customer_number}"
STATEMENT_NUMBER: Final = "문서번호"
STATEMENT_ISSUED_ON: Final = "발행일"
STATEMENT_SHOP_HEADING: Final = "공급자"
STATEMENT_PERIOD_HEADING: Final = "기간과 잔액"
STATEMENT_PERIOD: Final = "기간"
STATEMENT_OPENING: Final = "이월 잔액"
STATEMENT_CHARGED: Final = "기간 중 청구"
STATEMENT_PAID: Final = "기간 중 입금"
STATEMENT_DISCOUNTED: Final = "적립금 할인"
STATEMENT_CLOSING: Final = "기말 잔액"
STATEMENT_ENTRIES_HEADING: Final = "거래 내역"
STATEMENT_DATE: Final = "일자"
STATEMENT_ITEM: Final = "내용"
STATEMENT_DEBIT: Final = "청구"
STATEMENT_CREDIT: Final = "입금·할인"
STATEMENT_BALANCE: Final = "잔액"
STATEMENT_NO_ENTRIES: Final = "이 기간에는 거래가 없습니다."
STATEMENT_PAYMENT: Final = "입금 ({means})"
STATEMENT_APPROVAL: Final = ", 승인 {number}"
STATEMENT_REFUND: Final = "환불 ({means})"
STATEMENT_WRITE_OFF: Final = "감면"
STATEMENT_CORRECTED: Final = " [정정]"
STATEMENT_BALANCE_NOTE: Final = "잔액은 받을 금액이며, 음수(-)는 고객이 미리 낸 선수금입니다."
STATEMENT_VOIDED_NOTE: Final = (
    "이 기간에 잘못 기록되어 취소한 거래 {count}건은 내역에서 뺐습니다. 바로잡은 거래는 [정정]으로 표시했습니다."
)
STATEMENT_VAT_HEADING: Final = "부가가치세 (기간 중 과세 대상 청구)"
STATEMENT_CLOSING_TEXT: Final = "위와 같이 거래 내역을 확인합니다."

# --- payment reminders (연체 안내): the letter and the transactional text message ------------------------------
#: The columns of the upload file: name, mobile number (010-xxxx-xxxx), message.
OVERDUE_MESSAGE_HEADINGS: Final = ("이름", "휴대폰번호", "메시지")

OVERDUE_MESSAGE: Final = (
    "[{shop}] {name}님, {due}부터 납부되지 않은 이용료 {amount}이 있습니다. 확인 후 납부 부탁드립니다. 문의 {phone}"
)
OVERDUE_MESSAGE_NO_PHONE: Final = (
    "[{shop}] {name}님, {due}부터 납부되지 않은 이용료 {amount}이 있습니다. 확인 후 납부 부탁드립니다."
)

OVERDUE_LETTER_TITLE: Final = "미납 요금 안내"
OVERDUE_LETTER_SUBJECT: Final = "미납 요금 안내 {count}명"
OVERDUE_LETTER_KEYWORDS: Final = "미납 안내 {date}"
OVERDUE_LETTER_ISSUED_ON: Final = "발행일"
OVERDUE_LETTER_GREETING: Final = "{name} 고객님께"
OVERDUE_LETTER_BODY: Final = (
    "늘 저희 매장을 이용해 주셔서 감사합니다. 아래 요금이 납부 기한이 지나도록 아직 납부되지 않아 알려 드립니다. "
    "이미 납부하셨다면 이 안내는 넘기셔도 됩니다."
)
OVERDUE_LETTER_CUSTOMER_ADDRESS: Final = "주소"
OVERDUE_LETTER_CHARGES_HEADING: Final = "미납 내역"
OVERDUE_LETTER_ITEM: Final = "내역"
OVERDUE_LETTER_PERIOD: Final = "기간"
OVERDUE_LETTER_DUE: Final = "납부 기한"
OVERDUE_LETTER_AMOUNT: Final = "금액"
OVERDUE_LETTER_TOTAL: Final = "합계"
OVERDUE_LETTER_HOW_HEADING: Final = "납부 방법"
OVERDUE_LETTER_HOW_ACCOUNT: Final = "아래 계좌로 입금해 주시거나 매장에서 납부해 주십시오. 입금 계좌: {account}"
OVERDUE_LETTER_HOW_COUNTER: Final = "매장 카운터에서 현금이나 카드로 납부해 주십시오."
OVERDUE_LETTER_ASK: Final = "궁금하신 점은 {shop}({phone})으로 연락 주십시오."
OVERDUE_LETTER_ASK_NO_PHONE: Final = "궁금하신 점은 {shop}으로 연락 주십시오."
OVERDUE_LETTER_FOOTER: Final = "미납 요금 안내 · {date}"

# --- the owner's dashboard report ---------------------------------------------------------------------------------

DASHBOARD_TITLE: Final = "운영 현황 보고서"
DASHBOARD_SUBJECT: Final = "운영 현황 {period}"
DASHBOARD_KEYWORDS: Final = "운영 현황, {period}"
DASHBOARD_PERIOD: Final = "기간"
DASHBOARD_AS_OF: Final = "기준일"
DASHBOARD_FIGURES_HEADING: Final = "주요 지표"
DASHBOARD_SUBSCRIBERS: Final = "구독 중 계약"
DASHBOARD_NEW: Final = "신규"
DASHBOARD_ENDED: Final = "해지·만료"
DASHBOARD_CHURN: Final = "이탈률"
DASHBOARD_CHURN_VALUE: Final = "{rate} ({month})"
DASHBOARD_RECURRING: Final = "월 정기 매출"
DASHBOARD_TENURE: Final = "평균 구독 기간"
DASHBOARD_TENURE_VALUE: Final = "{months}개월"
DASHBOARD_DELIVERIES: Final = "이번 주 배송"
DASHBOARD_DELIVERIES_VALUE: Final = "{count}건 (완료 {delivered}건)"
DASHBOARD_OVERDUE: Final = "연체 합계"
DASHBOARD_OVERDUE_VALUE: Final = "{amount} ({customers}명)"
DASHBOARD_RATING: Final = "평균 만족도"
DASHBOARD_RATING_VALUE: Final = "{rating} / 5"
DASHBOARD_POINTS: Final = "적립금 잔액"
DASHBOARD_POINTS_VALUE: Final = "{points}포인트"
DASHBOARD_NONE: Final = "–"
DASHBOARD_MONTHS_HEADING: Final = "월별 추이"
DASHBOARD_MONTH: Final = "월"
DASHBOARD_ACTIVE_COLUMN: Final = "구독 중"
DASHBOARD_CHURN_COLUMN: Final = "이탈률"
DASHBOARD_RECURRING_COLUMN: Final = "월 정기 매출"
DASHBOARD_RATING_COLUMN: Final = "만족도"
DASHBOARD_SUBSCRIBERS_CHART: Final = "신규·해지 계약"
DASHBOARD_REVENUE_CHART: Final = "월 정기 매출 (만원)"
DASHBOARD_RETENTION_HEADING: Final = "가입 월별 유지율 (N개월 후)"
DASHBOARD_COHORT: Final = "가입 월"
DASHBOARD_COHORT_CUSTOMERS: Final = "고객 수"
DASHBOARD_AFTER_MONTHS: Final = "{months}개월"
DASHBOARD_PLANS_HEADING: Final = "요금제별 월 정기 매출 (기준일 현재)"
DASHBOARD_NO_PLANS: Final = "기준일에 이용 중인 계약이 없습니다."
DASHBOARD_NOTE: Final = (
    "구독 중 계약과 월 정기 매출은 각 월 말일(이번 달은 기준일) 현재이며, 월 정기 매출은 그날 이용 중인 계약의 "
    "월 이용료(요금제 변경 반영)의 합계입니다. 이탈률은 그 달 해지·만료 계약 수를 월초 구독 중 계약 수로 나눈 "
    "값입니다. 유지율은 첫 계약 시작 월이 같은 고객 중 N개월 후 말일에 이용 중인 계약이 있는 고객의 비율입니다."
)

# --- the referral card (추천 카드) -----------------------------------------------------------------------------
REFERRAL_CARD_TITLE: Final = "친구 추천 카드"
REFERRAL_CARD_SUBJECT: Final = "추천인 코드 {code}"
REFERRAL_CARD_LEAD: Final = "소중한 분께 저희 매장을 소개해 주셔서 감사합니다."
REFERRAL_CARD_CODE_LABEL: Final = "추천인 코드"
REFERRAL_CARD_HOW: Final = (
    "처음 구독을 계약하실 때 이 카드를 보여 주시거나 추천인 코드를 알려 주세요. "
    "매장에서 QR 코드를 읽거나 코드를 입력하면 추천이 기록됩니다."
)
REFERRAL_CARD_REWARDS: Final = (
    "첫 계약이 체결되면 추천하신 분께 적립금 {referrer}, 새로 가입하신 분께 적립금 {referred}을 드립니다."
)
REFERRAL_CARD_POINTS_NOTE: Final = "적립금은 1포인트 1원으로 이용료 결제에 쓰실 수 있습니다."
REFERRAL_CARD_CONTACT: Final = "문의 {phone}"
REFERRAL_CARD_ISSUED: Final = "발행일 {date}"
