"""The fixed Korean wording of the printed documents: titles, headings, labels, formats.

The handouts are Korean legal documents whatever language the screens are in, so their wording does not go through
the translator; this module is the one place in the package where it is written. Texts that vary by shop (payment,
pause, cancellation and refund terms) are not here: they come from the shop's settings inside the values.
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
    "선택 항목의 동의는 언제든지 철회할 수 있습니다."
)

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
