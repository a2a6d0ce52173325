<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>AddressChangeDialog</name>
    <message>
        <source>Change address — {name}</source>
        <translation>주소 변경 — {name}</translation>
    </message>
    <message>
        <source>Address now: {address}</source>
        <translation>지금 주소: {address}</translation>
    </message>
    <message>
        <source>&amp;Moving house</source>
        <translation>이사(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Temporary stay (e.g. with grandparents)</source>
        <translation>임시 거주(&amp;T) (예: 조부모 댁)</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>변경 종류</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>적용일</translation>
    </message>
    <message>
        <source>End date known</source>
        <translation>종료일을 알고 있음</translation>
    </message>
    <message>
        <source>Last day of the stay</source>
        <translation>임시 거주 마지막 날</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>e.g. Seoul Mapo-gu World Cup buk-ro 396</source>
        <translation>예: 서울특별시 마포구 월드컵북로 396</translation>
    </message>
    <message>
        <source>building and unit, e.g. 101-dong 1203-ho</source>
        <translation>동·호수, 예: 101동 1203호</translation>
    </message>
    <message>
        <source>e.g. lobby door code; shown only to delivery staff</source>
        <translation>예: 공동현관 비밀번호 (배송할 때만 표시)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Road-name address</source>
        <translation>도로명 주소</translation>
    </message>
    <message>
        <source>Detail (dong/ho)</source>
        <translation>상세 주소 (동/호)</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>출입 메모</translation>
    </message>
    <message>
        <source>Delivery memo</source>
        <translation>배송 메모</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel subscription</source>
        <translation>구독 해지</translation>
    </message>
    <message>
        <source>why the customer cancels</source>
        <translation>고객이 해지하는 이유</translation>
    </message>
    <message>
        <source>First day &amp;without service</source>
        <translation>해지 적용일(&amp;W) (서비스 없는 첫날)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>A subscription of a month or more may be cancelled at any time (continuous transaction).</source>
        <translation>1개월 이상 계속되는 구독(계속거래)은 언제든지 해지할 수 있습니다.</translation>
    </message>
    <message>
        <source>Record &amp;cancellation</source>
        <translation>해지 기록(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelled within the free trial: no fee.</source>
        <translation>무료 체험 기간 안의 해지: 위약금이 없습니다.</translation>
    </message>
    <message>
        <source>, at most {cap}</source>
        <translation>, 최대 {cap}</translation>
    </message>
    <message>
        <source>Remaining in the term: {days} days to {end}.
Remaining fees: {monthly} × {days} ÷ 30 = {remaining}.
Early-termination fee: {percent}% of the remaining fees{cap} = {fee}.</source>
        <translation>남은 약정 기간: {end}까지 {days}일
남은 이용료: {monthly} × {days} ÷ 30 = {remaining}
위약금: 남은 이용료의 {percent}%{cap} = {fee}</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation>요금제 변경</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>새 요금제(&amp;N)</translation>
    </message>
    <message>
        <source>Plans of the same kind; the change takes effect at the next cycle.</source>
        <translation>같은 종류의 요금제만 고를 수 있으며, 다음 결제 주기부터 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Change plan</source>
        <translation>요금제 변경(&amp;C)</translation>
    </message>
    <message>
        <source>No other plan of this kind is offered.</source>
        <translation>이 종류의 다른 요금제가 없습니다.</translation>
    </message>
    <message>
        <source>From {date}: {new} a month (now {old}).</source>
        <translation>{date}부터 월 {new} (현재 {old})</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>Child&apos;s name</source>
        <extracomment>Phone fields of the registration form, in the order they are offered.</extracomment>
        <translation>자녀 이름</translation>
    </message>
    <message>
        <source>Notes (allergies, favourite toys)</source>
        <translation>메모 (알레르기, 좋아하는 장난감)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
</context>
<context>
    <name>ConfirmContactsDialog</name>
    <message>
        <source>Confirm contacts — {name}</source>
        <translation>연락처 확인 — {name}</translation>
    </message>
    <message>
        <source>Tick what the customer confirmed is still right.</source>
        <translation>고객이 지금도 맞다고 확인해 준 항목에 표시하세요.</translation>
    </message>
    <message>
        <source>No contacts are in effect today.</source>
        <translation>오늘 적용 중인 연락처가 없습니다.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>확인한 날</translation>
    </message>
</context>
<context>
    <name>ContactCheckDialog</name>
    <message>
        <source>Contacts to check</source>
        <translation>확인이 필요한 연락처</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Check contacts not confirmed for</source>
        <translation>확인하지 않은 기간이 이보다 길면 목록에 표시</translation>
    </message>
    <message>
        <source>{count} contacts to check</source>
        <translation>확인이 필요한 연락처 {count}건</translation>
    </message>
</context>
<context>
    <name>CorrectAddressDialog</name>
    <message>
        <source>Correct an address entry — {name}</source>
        <translation>주소 기록 정정 — {name}</translation>
    </message>
    <message>
        <source>Recorded: {address}, in effect from {date}. The wrong entry stays in the history, marked as corrected.</source>
        <translation>기록된 내용: {address}, {date}부터 적용. 잘못된 기록은 지워지지 않고 &apos;정정됨&apos;으로 이력에 남습니다.</translation>
    </message>
    <message>
        <source>This entry should never have been recorded (withdraw it)</source>
        <translation>처음부터 기록하지 말았어야 할 내용입니다 (기록 취소)</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>적용 시작일</translation>
    </message>
    <message>
        <source>What was wrong, e.g. unit number mistyped</source>
        <translation>무엇이 잘못됐는지, 예: 호수 오타</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>정정 사유</translation>
    </message>
</context>
<context>
    <name>CorrectPhoneDialog</name>
    <message>
        <source>Correct a phone entry — {name}</source>
        <translation>연락처 기록 정정 — {name}</translation>
    </message>
    <message>
        <source>Recorded: {role} {number}, in effect from {date}. The wrong entry stays in the history, marked as corrected.</source>
        <translation>기록된 내용: {role} {number}, {date}부터 적용. 잘못된 기록은 지워지지 않고 &apos;정정됨&apos;으로 이력에 남습니다.</translation>
    </message>
    <message>
        <source>This entry should never have been recorded (withdraw it)</source>
        <translation>처음부터 기록하지 말았어야 할 내용입니다 (기록 취소)</translation>
    </message>
    <message>
        <source>Right number</source>
        <translation>올바른 번호</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>적용 시작일</translation>
    </message>
    <message>
        <source>What was wrong, e.g. last digit mistyped</source>
        <translation>무엇이 잘못됐는지, 예: 끝자리 오타</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>정정 사유</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ToySub Desktop — unexpected error</source>
        <translation>토이구독 데스크톱 — 예상하지 못한 오류</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(로그 파일을 쓸 수 없었습니다)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe; the last action may not have been saved, so check it.

The details are in the log file:
{log}

Please send it to whoever supports this app.</source>
        <translation>예상하지 못한 문제가 생겼습니다. 이전에 저장한 내용은 안전하지만, 방금 한 작업은 저장되지 않았을 수 있으니 확인해 주세요.

자세한 내용은 로그 파일에 있습니다:
{log}

이 파일을 프로그램 담당자에게 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>No.</source>
        <extracomment>The row&apos;s customer id, for views and tests.</extracomment>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>검색 근거</translation>
    </message>
    <message>
        <source>Former number {number}{when}</source>
        <translation>이전 번호 {number}{when}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>From</source>
        <extracomment>Item data role holding the version id of a history row. A subscription in the customer&apos;s list was activated (Enter or double-click): its id.</extracomment>
        <translation>적용일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>적용 기간 / 상태</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>계약번호</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Subscriptions (Enter opens one)</source>
        <translation>구독 (Enter로 열기)</translation>
    </message>
    <message>
        <source>Address history</source>
        <translation>주소 이력</translation>
    </message>
    <message>
        <source>Phone history</source>
        <translation>연락처 이력</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>선택한 고객이 없습니다</translation>
    </message>
    <message>
        <source>Find a customer with the search box, or register a new one.</source>
        <translation>검색창에서 고객을 찾거나 신규 고객을 등록하세요.</translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation>{date} 가입</translation>
    </message>
    <message>
        <source>Address now</source>
        <translation>현재 주소</translation>
    </message>
    <message>
        <source>No address is in effect today.</source>
        <translation>오늘 적용 중인 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Moves on {date} to {address}</source>
        <translation>{date}에 이사 예정: {address}</translation>
    </message>
    <message>
        <source>Stays from {date} at {address}</source>
        <translation>{date}부터 임시 거주 예정: {address}</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>From {date}: {role} {number}</source>
        <translation>{date}부터 변경 예정: {role} {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>None registered</source>
        <translation>등록된 자녀 없음</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Personal data (required)</source>
        <translation>개인정보 수집·이용 (필수)</translation>
    </message>
    <message>
        <source>Marketing (optional)</source>
        <translation>마케팅 정보 수신 (선택)</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>confirmed {date}</source>
        <translation>{date} 확인</translation>
    </message>
    <message>
        <source>check with the customer</source>
        <translation>고객에게 확인 필요</translation>
    </message>
    <message>
        <source>end not known yet</source>
        <translation>종료일 미정</translation>
    </message>
    <message>
        <source>Temporary stay until {until}</source>
        <translation>임시 거주 (종료: {until})</translation>
    </message>
    <message>
        <source>Entry: {notes}</source>
        <translation>출입: {notes}</translation>
    </message>
    <message>
        <source>Delivery memo: {memo}</source>
        <translation>배송 메모: {memo}</translation>
    </message>
    <message>
        <source>Voided {when} by {who}: {why}</source>
        <translation>정정됨 {when} {who}: {why}</translation>
    </message>
    <message>
        <source>Never in effect</source>
        <translation>적용된 적 없음</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, initials (ㄱㅁㅅ), customer no. or phone</source>
        <extracomment>How many matches the picker lists; typing more narrows them.</extracomment>
        <translation>이름, 초성(ㄱㅁㅅ), 고객번호 또는 전화번호</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>신규 고객…</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>The database file is on a network drive:
{where}

A database file cannot be shared safely over a network drive; two counters writing at once could damage it. Keep the file on this PC&apos;s own disk, or, for several counters, use a shared PostgreSQL server (see &apos;Several counters&apos; in the manual) and start the app with --database postgresql://…</source>
        <translation>데이터베이스 파일이 네트워크 드라이브에 있습니다:
{where}

네트워크 드라이브의 파일은 여러 카운터가 동시에 쓰면 손상될 수 있어 사용할 수 없습니다. 파일을 이 PC의 로컬 디스크에 두거나, 카운터가 여러 대라면 공용 PostgreSQL 서버를 설정하고(설명서의 &apos;여러 카운터에서 쓰기&apos; 참고) --database postgresql://… 옵션으로 실행하세요.</translation>
    </message>
    <message>
        <source>The database could not be opened:
{where}

Check that the folder exists and that this Windows user may write to it.</source>
        <translation>데이터베이스를 열 수 없습니다:
{where}

폴더가 있는지, 이 Windows 사용자에게 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The database file is damaged:
{where}

Nothing was changed. Close the app, move the damaged file aside, and copy the newest backup from
{backups}
to the file&apos;s place, then start the app again.</source>
        <translation>데이터베이스 파일이 손상되었습니다:
{where}

아무것도 변경되지 않았습니다. 프로그램을 닫고 손상된 파일을 다른 곳으로 옮긴 뒤, 다음 폴더의 가장 최근 백업을 원래 파일 자리에 복사하고 다시 실행하세요:
{backups}</translation>
    </message>
    <message>
        <source>The database cannot be written to:
{where}

The file or its folder is read-only. Nothing was saved; your input is kept. Ask whoever looks after this PC to allow writing there.</source>
        <translation>데이터베이스에 쓸 수 없습니다:
{where}

파일이나 폴더가 읽기 전용입니다. 저장되지 않았으며 입력한 내용은 그대로 남아 있습니다. PC 관리자에게 쓰기 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>The disk is full:
{where}

Nothing was saved; your input is kept. Free some space, then save again.</source>
        <translation>디스크 공간이 부족합니다:
{where}

저장되지 않았으며 입력한 내용은 그대로 남아 있습니다. 공간을 확보한 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The database is busy with another counter:
{where}

Nothing was saved; your input is kept. Try again in a moment.</source>
        <translation>다른 카운터가 데이터베이스를 사용 중입니다:
{where}

저장되지 않았으며 입력한 내용은 그대로 남아 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The disk reported an error while using the database:
{where}

Nothing was saved. If it happens again, the disk may be failing: make a copy of the newest backup from
{backups}</source>
        <translation>데이터베이스를 쓰는 중 디스크 오류가 났습니다:
{where}

저장되지 않았습니다. 다시 일어나면 디스크 고장일 수 있으니 다음 폴더의 최신 백업을 다른 곳에 복사해 두세요:
{backups}</translation>
    </message>
    <message>
        <source>The database server cannot be reached:
{where}

Check that the server PC is on and connected to the shop&apos;s network, then try again.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다:
{where}

서버 PC가 켜져 있고 매장 네트워크에 연결되어 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of ToySub Desktop:
{where}

Install the newest version on this PC; nothing was changed.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 토이구독 데스크톱에서 사용되었습니다:
{where}

이 PC에 최신 버전을 설치하세요. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database could not be updated for this version of the app:
{where}

Nothing was changed. A backup made before the update is in
{backups}</source>
        <translation>데이터베이스를 이 버전에 맞게 갱신하지 못했습니다:
{where}

아무것도 변경되지 않았습니다. 갱신 전에 만든 백업은 다음 폴더에 있습니다:
{backups}</translation>
    </message>
    <message>
        <source>A backup of the database could not be made or checked:
{where}

The database was not updated, so nothing is at risk. Check free disk space in the backup folder.</source>
        <translation>데이터베이스 백업을 만들거나 검사하지 못했습니다:
{where}

데이터베이스는 갱신하지 않았으므로 데이터는 안전합니다. 백업 폴더의 디스크 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>(no backup folder)</source>
        <translation>(백업 폴더 없음)</translation>
    </message>
    <message>
        <source>ToySub Desktop — database</source>
        <translation>토이구독 데스크톱 — 데이터베이스</translation>
    </message>
</context>
<context>
    <name>DiscountCategoryDialog</name>
    <message>
        <source>Discount categories</source>
        <translation>할인 항목</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Evidence to see</source>
        <translation>확인할 증빙</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>할인 항목(&amp;C)</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>할인 항목 추가</translation>
    </message>
    <message>
        <source>e.g. Families with three or more children</source>
        <translation>예: 세 자녀 이상 가정</translation>
    </message>
    <message>
        <source>% of the monthly price</source>
        <translation>% (월 이용료 기준)</translation>
    </message>
    <message>
        <source>e.g. family relation certificate (optional)</source>
        <translation>예: 가족관계증명서 (선택)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>할인(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Evidence to see</source>
        <translation>확인할 증빙(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} 항목을 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Contract</source>
        <translation>계약서</translation>
    </message>
    <message>
        <source>Pre-contract information sheet</source>
        <translation>계속거래 사전 고지서</translation>
    </message>
    <message>
        <source>Change confirmation</source>
        <translation>변경 확인서</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>발행 문서</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>About</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>문서 날짜</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>&amp;Open to print again…</source>
        <translation>열어서 다시 인쇄(&amp;O)…</translation>
    </message>
    <message>
        <source>Nothing has been printed yet.</source>
        <translation>아직 발행한 문서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>Edit customer {number}</source>
        <translation>고객 정보 수정 {number}</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Agrees to receive news and offers (optional)</source>
        <translation>소식과 혜택 안내를 받는 데 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>If changed, given</source>
        <translation>바뀐 경우 동의 방법</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Add a child (leave empty for none):</source>
        <translation>자녀 추가 (없으면 비워 두세요):</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to ToySub Desktop</source>
        <translation>토이구독 데스크톱을 시작합니다</translation>
    </message>
    <message>
        <source>This database is new. Name the shop and the owner, who is the first staff member at the counter. More staff can be added later.</source>
        <translation>새 데이터베이스입니다. 매장 이름과 대표(첫 번째 직원)의 이름을 입력하세요. 다른 직원은 나중에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>e.g. ToySub Mapo</source>
        <translation>예: 토이구독 마포점</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>매장 이름</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>대표 이름</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ToySub Desktop — {shop}</source>
        <extracomment>How long typing may pause before the list follows the search box.</extracomment>
        <translation>토이구독 데스크톱 — {shop}</translation>
    </message>
    <message>
        <source>Search: name, initials (ㄱㅁㅅ), customer no., or any phone number, even a former one</source>
        <translation>검색: 이름, 초성(ㄱㅁㅅ), 고객번호, 전화번호(이전 번호 포함)</translation>
    </message>
    <message>
        <source>Who is at the counter; every change is recorded under this name</source>
        <translation>지금 카운터의 직원. 모든 변경은 이 이름으로 기록됩니다</translation>
    </message>
    <message>
        <source>At the &amp;counter:</source>
        <translation>카운터 직원(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>구독(&amp;S)</translation>
    </message>
    <message>
        <source>Deliveries are not built yet. Delivery schedules, labels and rental returns will appear here.</source>
        <translation>배송 화면은 아직 만들어지지 않았습니다. 배송 일정, 송장 라벨, 렌털 반납이 이곳에 들어올 예정입니다.</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>배송(&amp;D)</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>데이터베이스: {where}</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>신규 고객(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>정보 수정(&amp;E)</translation>
    </message>
    <message>
        <source>Change &amp;address</source>
        <translation>주소 변경(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;phone</source>
        <translation>연락처 변경(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;orrect entry</source>
        <translation>기록 정정(&amp;O)</translation>
    </message>
    <message>
        <source>End of &amp;stay</source>
        <translation>임시 거주 종료일(&amp;T)</translation>
    </message>
    <message>
        <source>Con&amp;firm contacts</source>
        <translation>연락처 확인(&amp;F)</translation>
    </message>
    <message>
        <source>Custo&amp;mer</source>
        <translation>고객(&amp;M)</translation>
    </message>
    <message>
        <source>Si&amp;gn up for a subscription</source>
        <translation>구독 가입(&amp;G)</translation>
    </message>
    <message>
        <source>Print change confirmation</source>
        <translation>변경 확인서 인쇄</translation>
    </message>
    <message>
        <source>Printed &amp;documents…</source>
        <translation>발행 문서(&amp;D)…</translation>
    </message>
    <message>
        <source>Contacts to c&amp;heck</source>
        <translation>확인이 필요한 연락처(&amp;H)</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>고객 찾기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>매장(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Plans and prices…</source>
        <translation>요금제와 가격(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Discount categories…</source>
        <translation>할인 항목(&amp;D)…</translation>
    </message>
    <message>
        <source>Price-change &amp;notices…</source>
        <translation>가격 변경 안내(&amp;N)…</translation>
    </message>
    <message>
        <source>Shop &amp;details…</source>
        <translation>매장 정보(&amp;D)…</translation>
    </message>
    <message>
        <source>Subscription &amp;settings…</source>
        <translation>구독 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation>직원 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;L)</translation>
    </message>
    <message>
        <source>About ToySub Desktop</source>
        <translation>토이구독 데스크톱 정보</translation>
    </message>
    <message>
        <source>{name} is at the counter</source>
        <translation>카운터 직원: {name}</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>변경을 기록했습니다</translation>
    </message>
    <message>
        <source>Print a change confirmation for the customer to sign?</source>
        <translation>고객이 서명할 변경 확인서를 인쇄할까요?</translation>
    </message>
    <message>
        <source>ToySub Desktop {version}
The counter app for toy-subscription shops.</source>
        <translation>토이구독 데스크톱 {version}
장난감 구독 매장을 위한 카운터 프로그램입니다.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>신규 고객</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>Spouse&apos;s phone (optional)</source>
        <translation>배우자 전화 (선택)</translation>
    </message>
    <message>
        <source>Home phone (optional)</source>
        <translation>집 전화 (선택)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Add &amp;child</source>
        <translation>자녀 추가(&amp;C)</translation>
    </message>
    <message>
        <source>Consent to the personal-data notice ({version})</source>
        <translation>개인정보 수집·이용 안내 동의 (안내문 {version})</translation>
    </message>
    <message>
        <source>Agrees to the collection and use of personal data (required)</source>
        <translation>개인정보 수집·이용에 동의합니다 (필수)</translation>
    </message>
    <message>
        <source>Agrees to receive news and offers (optional)</source>
        <translation>소식과 혜택 안내를 받는 데 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>동의한 날</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>OwnerSettings</name>
    <message>
        <source>Only the owner can change these settings.</source>
        <translation>이 설정은 대표만 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause subscription</source>
        <translation>구독 일시정지</translation>
    </message>
    <message>
        <source>e.g. travelling abroad</source>
        <translation>예: 해외 여행</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until (last paused day)</source>
        <translation>종료일 (정지 마지막 날)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>{rule}. A pause lasts at most {days} days.</source>
        <translation>{rule}. 일시정지는 최대 {days}일까지입니다.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>{days} days without deliveries or swaps; the term ends on {end}.</source>
        <translation>{days}일 동안 배송과 교환이 없습니다. 약정은 {end}에 끝납니다.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <extracomment>Called after each print or save with what was done: &quot;print&quot; or &quot;save&quot;.</extracomment>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved to {path}: {reason}</source>
        <translation>{path}에 파일을 저장하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>PhoneChangeDialog</name>
    <message>
        <source>Change phone — {name}</source>
        <translation>연락처 변경 — {name}</translation>
    </message>
    <message>
        <source>Phones now: {phones}</source>
        <translation>지금 연락처: {phones}</translation>
    </message>
    <message>
        <source>Whose phone</source>
        <translation>누구의 번호</translation>
    </message>
    <message>
        <source>No number for this any more</source>
        <translation>이 번호는 더 이상 없음</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>새 번호</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>적용일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>PlanCatalogueDialog</name>
    <message>
        <source>Plans and prices</source>
        <extracomment>How long typing may pause before the price-change preview follows it.</extracomment>
        <translation>요금제와 가격</translation>
    </message>
    <message>
        <source>Show plans no longer &amp;offered</source>
        <translation>판매 중단한 요금제도 보기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>요금제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>새 요금제(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>요금제 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Schedule price change…</source>
        <translation>가격 변경 예약(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Discount categories…</source>
        <translation>할인 항목(&amp;D)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>오늘 가격</translation>
    </message>
    <message>
        <source>Next price</source>
        <translation>다음 가격</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>무료 체험</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Delivery or swap</source>
        <translation>배송·교환 주기</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>판매 중</translation>
    </message>
    <message>
        <source>{price} from {date}</source>
        <translation>{date}부터 {price}</translation>
    </message>
    <message>
        <source>{months} months: {percent}% off</source>
        <translation>{months}개월: {percent}% 할인</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>새 요금제</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>요금제 수정</translation>
    </message>
    <message>
        <source>e.g. Rental Premium</source>
        <translation>예: 렌털 프리미엄</translation>
    </message>
    <message>
        <source>e.g. Basic, Premium (optional)</source>
        <translation>예: 베이직, 프리미엄 (선택)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>무료 체험 없음</translation>
    </message>
    <message>
        <source>e.g. 50,000</source>
        <translation>예: 50,000</translation>
    </message>
    <message>
        <source>e.g. 39,000</source>
        <translation>예: 39,000</translation>
    </message>
    <message>
        <source>&amp;Offered to new customers</source>
        <translation>신규 고객에게 판매(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>등급(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delivery or swap</source>
        <translation>배송·교환 주기(&amp;D)</translation>
    </message>
    <message>
        <source>Ter&amp;ms</source>
        <translation>약정(&amp;M)</translation>
    </message>
    <message>
        <source>Free tr&amp;ial</source>
        <translation>무료 체험(&amp;I)</translation>
    </message>
    <message>
        <source>Monthly pri&amp;ce (won)</source>
        <translation>월 이용료 (원)(&amp;C)</translation>
    </message>
    <message>
        <source>De&amp;posit (won)</source>
        <translation>보증금 (원)(&amp;P)</translation>
    </message>
    <message>
        <source>Contracts already signed keep the terms they were signed with. To change the price, schedule a price change from the catalogue.</source>
        <translation>이미 체결한 계약은 체결 당시 조건을 유지합니다. 가격을 바꾸려면 요금제 목록에서 가격 변경을 예약하세요.</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 할인</translation>
    </message>
    <message>
        <source>Discount for {months} months</source>
        <translation>{months}개월 약정 할인</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>Schedule a price change</source>
        <translation>가격 변경 예약</translation>
    </message>
    <message>
        <source>e.g. 42,000</source>
        <translation>예: 42,000</translation>
    </message>
    <message>
        <source>e.g. toy purchase costs up (optional)</source>
        <translation>예: 장난감 구입비 상승 (선택)</translation>
    </message>
    <message>
        <source>New monthly &amp;price (won)</source>
        <translation>새 월 이용료 (원)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Takes effect on</source>
        <translation>적용일(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>Who it reaches</source>
        <translation>적용 대상</translation>
    </message>
    <message>
        <source>{plan}: {price} a month today.</source>
        <translation>{plan}: 현재 월 {price}</translation>
    </message>
    <message>
        <source>Already scheduled: {price} from {date}.</source>
        <translation>이미 예약됨: {date}부터 {price}</translation>
    </message>
    <message>
        <source>Signed contracts keep their price until they are renewed; the new price reaches each subscriber at their renewal on or after the date, and they must be told beforehand.</source>
        <translation>체결한 계약은 갱신할 때까지 가격이 그대로입니다. 새 가격은 적용일 이후 각 구독자의 갱신 때부터 적용되며, 그 전에 미리 안내해야 합니다.</translation>
    </message>
    <message>
        <source>Enter the new price to see whom it reaches.</source>
        <translation>새 가격을 입력하면 적용 대상이 표시됩니다.</translation>
    </message>
    <message>
        <source>No running contract renews while this price is in effect.</source>
        <translation>이 가격이 적용되는 동안 갱신하는 계약이 없습니다.</translation>
    </message>
    <message>
        <source>{count} subscribers, each at their renewal. Tell them {days} days ahead; the first by {date}.</source>
        <translation>구독자 {count}명, 각자 갱신 때부터 적용. {days}일 전까지 안내해야 하며, 첫 안내 기한은 {date}입니다.</translation>
    </message>
    <message>
        <source>{count} renew too soon to be told in time.</source>
        <translation>{count}명은 갱신이 너무 가까워 기한 안에 안내할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PriceNoticeDialog</name>
    <message>
        <source>Price-change notices</source>
        <translation>가격 변경 안내</translation>
    </message>
    <message>
        <source>&amp;Only subscribers not told yet</source>
        <translation>아직 안내하지 않은 구독자만(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Subscribers to tell</source>
        <translation>안내할 구독자(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record notice…</source>
        <translation>안내 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>고객 열기(&amp;U)</translation>
    </message>
    <message>
        <source>A new price reaches each subscriber at their renewal. Tell them by the date shown, then record how they were told.</source>
        <translation>새 가격은 각 구독자의 갱신 때부터 적용됩니다. 표시된 날짜까지 안내하고, 어떻게 안내했는지 기록하세요.</translation>
    </message>
    <message>
        <source>{count} subscribers still to be told</source>
        <translation>아직 안내하지 않은 구독자 {count}명</translation>
    </message>
</context>
<context>
    <name>PriceNoticeModel</name>
    <message>
        <source>Tell by</source>
        <extracomment>The colour of error messages (``forms.ERROR_STYLE``), for a tell-by date already past.</extracomment>
        <translation>안내 기한</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약서</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>적용 시작</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>안내</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (기한 지남)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>확인 안 함</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{number} · version {version} · issued {when} by {who} · SHA-256 {hash}…</source>
        <translation>{number} · {version}판 · {when} {who} 발행 · SHA-256 {hash}…</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약서</translation>
    </message>
    <message>
        <source>Pre-contract information sheet</source>
        <translation>계속거래 사전 고지서</translation>
    </message>
    <message>
        <source>Change confirmation</source>
        <translation>변경 확인서</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>발행 문서</translation>
    </message>
    <message>
        <source>The document was not issued</source>
        <translation>문서를 발행하지 못했습니다</translation>
    </message>
    <message>
        <source>The stored copy of {number} no longer matches the file that was issued, so it is not shown as the original. Issue the document again; the damaged record stays for review.</source>
        <translation>저장된 {number} 문서가 발행 당시 파일과 달라 원본으로 보여 드릴 수 없습니다. 문서를 다시 발행하세요. 손상된 기록은 확인을 위해 남겨 둡니다.</translation>
    </message>
</context>
<context>
    <name>RecordPriceNoticeDialog</name>
    <message>
        <source>Record a price-change notice</source>
        <translation>가격 변경 안내 기록</translation>
    </message>
    <message>
        <source>{customer}, contract {contract}: {plan} goes from {old} to {new} from {date}. Tell by {tell_by}.</source>
        <translation>{customer}, 계약 {contract}: {plan} 가격이 {date}부터 {old}에서 {new}(으)로 바뀝니다. 안내 기한 {tell_by}</translation>
    </message>
    <message>
        <source>The customer &amp;acknowledged the new price</source>
        <translation>고객이 새 가격을 확인함(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. will decide at renewal (optional)</source>
        <translation>예: 갱신 때 결정하겠다고 함 (선택)</translation>
    </message>
    <message>
        <source>Told &amp;on</source>
        <translation>안내한 날(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>안내 방법(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew subscription</source>
        <translation>구독 갱신</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>약정 기간(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>결제 수단(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>갱신(&amp;R)</translation>
    </message>
    <message>
        <source>A new contract from {start}: {fee} a month, {total} over {months} months.</source>
        <translation>{start}부터 새 계약: 월 {fee}, {months}개월 합계 {total}</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume early</source>
        <translation>조기 재개</translation>
    </message>
    <message>
        <source>Service &amp;back from</source>
        <translation>서비스 재개일(&amp;B)</translation>
    </message>
    <message>
        <source>Paused {first} ~ {last}</source>
        <translation>일시정지 {first} ~ {last}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>The Korean translation is installed.</source>
        <extracomment>Only the installation check reads this sentence, to see that the Korean translation loads.</extracomment>
        <translation>한국어 번역이 설치되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>ShopDetailsDialog</name>
    <message>
        <source>Shop details</source>
        <translation>매장 정보</translation>
    </message>
    <message>
        <source>These details are printed on every contract and handout, as the law asks.</source>
        <translation>이 정보는 법에 따라 모든 계약서와 안내문에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>e.g. Seoul Mapo-gu World Cup buk-ro 396, 1st floor</source>
        <translation>예: 서울특별시 마포구 월드컵북로 396, 1층</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>상호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Business registration number</source>
        <translation>사업자등록번호(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source>New subscription</source>
        <translation>신규 구독</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>요금제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>약정 기간(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>시작일(&amp;S)</translation>
    </message>
    <message>
        <source> of each month</source>
        <translation>일 (매월)</translation>
    </message>
    <message>
        <source>&amp;Delivery day</source>
        <translation>배송일(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;wap day</source>
        <translation>교환 요일(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;ayment (recorded, not charged)</source>
        <translation>결제 수단 (기록만, 결제하지 않음)(&amp;A)</translation>
    </message>
    <message>
        <source>Discounts (note the evidence you saw)</source>
        <translation>할인 (확인한 증빙을 적어 주세요)</translation>
    </message>
    <message>
        <source>The shop has no discount categories.</source>
        <translation>등록된 할인 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Agrees to marketing messages (optional)</source>
        <translation>마케팅 정보 수신 동의 (선택)</translation>
    </message>
    <message>
        <source>Pre-contract &amp;information sheet…</source>
        <translation>계속거래 사전 고지서(&amp;I)…</translation>
    </message>
    <message>
        <source>Print what the customer must be told before signing</source>
        <translation>계약 전에 고객에게 알려야 할 내용을 인쇄합니다</translation>
    </message>
    <message>
        <source>Si&amp;gn up</source>
        <translation>가입(&amp;G)</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source> (−{percent}%)</source>
        <translation> (−{percent}%)</translation>
    </message>
    <message>
        <source>Choose a plan and a term to see the figures.</source>
        <translation>요금제와 약정 기간을 고르면 금액이 표시됩니다.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>정가</translation>
    </message>
    <message>
        <source>Long-term discount ({percent}%)</source>
        <translation>장기 약정 할인 ({percent}%)</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 이용료</translation>
    </message>
    <message>
        <source>Deposit (returned at the end)</source>
        <translation>보증금 (계약 종료 후 반환)</translation>
    </message>
    <message>
        <source>Total over {months} months</source>
        <translation>{months}개월 합계</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>첫 결제 금액</translation>
    </message>
    <message>
        <source>Delivery: {cadence}</source>
        <translation>배송: {cadence}</translation>
    </message>
    <message>
        <source>Free trial of {days} days from {start}; payments begin after it.</source>
        <translation>{start}부터 {days}일 무료 체험, 결제는 체험이 끝난 뒤 시작됩니다.</translation>
    </message>
    <message>
        <source>Choose the customer to see their consents.</source>
        <translation>고객을 고르면 동의 내역이 표시됩니다.</translation>
    </message>
    <message>
        <source>Personal data (required): agreed on {date}, notice {version}.</source>
        <translation>개인정보 (필수): {date} 동의, 고지문 {version}</translation>
    </message>
    <message>
        <source>Personal data (required): not on record.</source>
        <translation>개인정보 (필수): 동의 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SkipDeliveryDialog</name>
    <message>
        <source>Skip a delivery</source>
        <translation>배송 건너뛰기</translation>
    </message>
    <message>
        <source>&amp;Delivery to skip</source>
        <translation>건너뛸 배송(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>No delivery is left to skip in this term.</source>
        <translation>이 약정에서 건너뛸 배송이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>SubscriptionListModel</name>
    <message>
        <source>Contract no.</source>
        <translation>계약번호</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>체험 종료</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 이용료</translation>
    </message>
</context>
<context>
    <name>SubscriptionPanel</name>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Resumed early</source>
        <translation>조기 재개</translation>
    </message>
    <message>
        <source>Skipped delivery</source>
        <translation>배송 건너뜀</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>요금제 변경</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>적용일</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>What happened, by effective date</source>
        <translation>변경 이력 (적용일 순)</translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation>선택한 구독이 없습니다</translation>
    </message>
    <message>
        <source>Choose a subscription in the list, or sign a customer up with New subscription.</source>
        <translation>목록에서 구독을 고르거나, 신규 구독으로 고객을 가입시키세요.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>약정 기간</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>무료 체험</translation>
    </message>
    <message>
        <source>{days} days, until {date}</source>
        <translation>{days}일, {date}까지</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>약정 종료일</translation>
    </message>
    <message>
        <source>Ended as signed</source>
        <translation>계약 당시 종료일</translation>
    </message>
    <message>
        <source>Last day of service</source>
        <translation>서비스 마지막 날</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>배송일</translation>
    </message>
    <message>
        <source>Day {day} of each month</source>
        <translation>매월 {day}일</translation>
    </message>
    <message>
        <source>Swap day</source>
        <translation>교환 요일</translation>
    </message>
    <message>
        <source>Skipped deliveries</source>
        <translation>건너뛴 배송</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>정가</translation>
    </message>
    <message>
        <source>Long-term discount</source>
        <translation>장기 약정 할인</translation>
    </message>
    <message>
        <source>Monthly fee as signed</source>
        <translation>계약 월 이용료</translation>
    </message>
    <message>
        <source>Monthly fee now</source>
        <translation>현재 월 이용료</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>, at most {cap}</source>
        <translation>, 최대 {cap}</translation>
    </message>
    <message>
        <source>Early termination</source>
        <translation>중도 해지</translation>
    </message>
    <message>
        <source>{percent}% of the fees left in the term{cap}</source>
        <translation>남은 약정 이용료의 {percent}%{cap}</translation>
    </message>
    <message>
        <source>Cancellation fee charged</source>
        <translation>청구한 위약금</translation>
    </message>
    <message>
        <source>Signed {date} by {who}</source>
        <translation>{date} {who} 계약</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>{date}까지</translation>
    </message>
    <message>
        <source>monthly {amount}</source>
        <translation>월 {amount}</translation>
    </message>
    <message>
        <source>fee {amount}</source>
        <translation>위약금 {amount}</translation>
    </message>
</context>
<context>
    <name>SubscriptionSettingsDialog</name>
    <message>
        <source>Subscription settings</source>
        <translation>구독 설정</translation>
    </message>
    <message>
        <source>New contracts are signed under these rules and print them. Contracts already signed keep the rules they were signed with.</source>
        <translation>새 계약은 이 규칙으로 체결되고 계약서에 인쇄됩니다. 이미 체결한 계약은 체결 당시 규칙을 유지합니다.</translation>
    </message>
    <message>
        <source> days before</source>
        <translation>일 전</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>% of the remaining fees</source>
        <translation>% (남은 이용료 기준)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>상한 없음</translation>
    </message>
    <message>
        <source>Price-change &amp;notice</source>
        <translation>가격 변경 사전 안내(&amp;N)</translation>
    </message>
    <message>
        <source>How long before a new price reaches a subscriber they must be told.</source>
        <translation>새 가격이 적용되기 며칠 전까지 구독자에게 알려야 하는지 정합니다.</translation>
    </message>
    <message>
        <source>A pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>&amp;Longest pause</source>
        <translation>최대 일시정지 기간(&amp;L)</translation>
    </message>
    <message>
        <source>Early-termination &amp;fee</source>
        <translation>중도 해지 위약금(&amp;F)</translation>
    </message>
    <message>
        <source>Fee c&amp;ap (won)</source>
        <translation>위약금 상한 (원)(&amp;A)</translation>
    </message>
    <message>
        <source>The dispute standard allows at most 10% of the fees left in the term. Leave the cap empty for none.</source>
        <translation>소비자분쟁해결기준은 남은 약정 이용료의 10%까지만 인정합니다. 상한이 없으면 비워 두세요.</translation>
    </message>
    <message>
        <source>When s&amp;ubscribers pause</source>
        <translation>일시정지 시 약정 기간(&amp;U)</translation>
    </message>
    <message>
        <source>Contract clauses. Leave a clause empty to print the standard wording.</source>
        <translation>계약 조항입니다. 비워 두면 표준 문구가 인쇄됩니다.</translation>
    </message>
    <message>
        <source>&amp;Pause terms</source>
        <translation>일시정지 조항(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancellation terms</source>
        <translation>해지 조항(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refund terms</source>
        <translation>환불 조항(&amp;R)</translation>
    </message>
    <message>
        <source>Standard wording</source>
        <translation>표준 문구</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <source>All states</source>
        <extracomment>The daily lists: a label, then what they set on the filters (end filter key, state). The tab was shown for the first time and has read its lists. A new contract was signed (a sign-up or a renewal): its subscription id.</extracomment>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>종료일 전체</translation>
    </message>
    <message>
        <source>Trial ends within {days} days</source>
        <translation>{days}일 안에 체험 종료</translation>
    </message>
    <message>
        <source>Ends within {days} days</source>
        <translation>{days}일 안에 종료</translation>
    </message>
    <message>
        <source>Show every customer&apos;s subscriptions again</source>
        <translation>모든 고객의 구독을 다시 보기</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <extracomment>Who a new subscription is for when the clerk has not said (the main window&apos;s selected customer).</extracomment>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>Pla&amp;n:</source>
        <translation>요금제(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Ending:</source>
        <translation>종료(&amp;E):</translation>
    </message>
    <message>
        <source>Daily lists:</source>
        <translation>오늘의 목록:</translation>
    </message>
    <message>
        <source>Su&amp;bscription</source>
        <translation>구독(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New subscription</source>
        <extracomment>The list and its counts are read when the tab is first shown, not while the window opens.</extracomment>
        <translation>신규 구독(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;rint contract</source>
        <translation>계약서 인쇄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;kip a delivery</source>
        <translation>배송 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>Change p&amp;lan</source>
        <translation>요금제 변경(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cancel subscription</source>
        <translation>구독 해지(&amp;C)</translation>
    </message>
    <message>
        <source>Rene&amp;w</source>
        <translation>갱신(&amp;W)</translation>
    </message>
    <message>
        <source>Sh&amp;ow customer</source>
        <translation>고객 보기(&amp;O)</translation>
    </message>
    <message>
        <source>Printed &amp;documents…</source>
        <translation>발행 문서(&amp;D)…</translation>
    </message>
    <message>
        <source>All plans</source>
        <extracomment>Only in the menu, so the row of buttons fits a small screen at 150 %.</extracomment>
        <translation>모든 요금제</translation>
    </message>
    <message>
        <source>Customer: {name} ✕</source>
        <translation>고객: {name} ✕</translation>
    </message>
    <message>
        <source>No subscription matches these filters.</source>
        <translation>조건에 맞는 구독이 없습니다.</translation>
    </message>
    <message>
        <source>Trials ending ({count})</source>
        <translation>체험 종료 예정 ({count})</translation>
    </message>
    <message>
        <source>Ending in 30 days ({count})</source>
        <translation>30일 안에 종료 ({count})</translation>
    </message>
    <message>
        <source>Ending in 90 days ({count})</source>
        <translation>90일 안에 종료 ({count})</translation>
    </message>
    <message>
        <source>Paused ({count})</source>
        <translation>일시정지 중 ({count})</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>전체 구독</translation>
    </message>
    <message>
        <source>Price changes to tell ({count})</source>
        <translation>가격 변경 안내 대상 ({count})</translation>
    </message>
</context>
<context>
    <name>TemporaryEndDialog</name>
    <message>
        <source>End of temporary stay — {name}</source>
        <translation>임시 거주 종료일 — {name}</translation>
    </message>
    <message>
        <source>Staying at {address} from {date}.</source>
        <translation>{date}부터 {address}에 임시 거주 중입니다.</translation>
    </message>
    <message>
        <source>Last day of the stay</source>
        <translation>임시 거주 마지막 날</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The postal code has exactly 5 digits, like 03925.</source>
        <translation>우편번호는 5자리 숫자로 입력해 주세요. (예: 03925)</translation>
    </message>
    <message>
        <source>This is an old 6-digit postal code. Look up the new 5-digit postal code for this address.</source>
        <translation>예전 6자리 우편번호예요. 이 주소의 새 5자리 우편번호(국가기초구역번호)를 찾아 입력해 주세요.</translation>
    </message>
    <message>
        <source>{code} is not a Korean postal code; they run from 01000 to 63999. Check the digits.</source>
        <translation>{code}은(는) 없는 우편번호예요(01000~63999). 숫자를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Start the address with the province or metropolitan city, like Seoul or Gyeonggi-do.</source>
        <translation>주소는 시/도부터 입력해 주세요. (예: 서울특별시, 경기도)</translation>
    </message>
    <message>
        <source>Include the road name and the building number after the province or city.</source>
        <translation>시/도 뒤에 도로명과 건물번호까지 입력해 주세요.</translation>
    </message>
    <message>
        <source>Keep this to {limit} characters or fewer (it has {length}).</source>
        <extracomment>Parents often sign up before the birth (toys for the first months are chosen in advance). A pregnancy is about ten months as counted in Korea, so the expected birth month may be up to ten months ahead. The oldest child the shop&apos;s catalogue serves, with a margin; anything older is a mistyped year.</extracomment>
        <translation>{limit}자 이내로 입력해 주세요. (지금 {length}자)</translation>
    </message>
    <message>
        <source>Keep this on one line, without line breaks or special characters.</source>
        <translation>줄바꿈이나 특수 문자 없이 한 줄로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Remove the special (invisible) characters from this text.</source>
        <translation>눈에 보이지 않는 특수 문자가 섞여 있어요. 지우고 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>The effective date cannot be more than {years} years in the past.</source>
        <extracomment>How far back a change may take effect: a 2–3 year contract plus a margin, so a late-reported move in the first year of a three-year term can still be recorded. How far ahead a change may be scheduled; a move is rarely known more than a year in advance.</extracomment>
        <translation>적용일은 {years}년보다 더 이전일 수 없어요.</translation>
    </message>
    <message>
        <source>The effective date cannot be more than a year ahead ({limit}).</source>
        <translation>적용일은 1년 뒤({limit})까지만 정할 수 있어요.</translation>
    </message>
    <message>
        <source>{delivery}: only a scheduled delivery can be packed.</source>
        <extracomment>A change of address recorded later applies on the delivery&apos;s date, but it already left for the old one. Its label names an address no longer in effect on its date: unpack it and pack it again. Packed, but the schedule no longer needs it (a pause or cancellation recorded after packing). Every step a delivery may take. Cancelled → scheduled is the schedule&apos;s own step: a date a pause had freed is needed again after an early resume, and the cancelled row is reinstated (one row per date and kind). States whose address is frozen on the delivery (what the label said). States in which the delivery has left the shop.</extracomment>
        <translation>{delivery}: 배송 예정 상태인 배송만 포장할 수 있습니다.</translation>
    </message>
    <message>
        <source>{delivery}: only a scheduled or packed delivery can be shipped.</source>
        <translation>{delivery}: 배송 예정이거나 포장된 배송만 발송할 수 있습니다.</translation>
    </message>
    <message>
        <source>{delivery}: only a shipped delivery can be marked delivered.</source>
        <translation>{delivery}: 발송된 배송만 배송 완료로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>{delivery}: only a shipped delivery can be marked failed.</source>
        <translation>{delivery}: 발송된 배송만 배송 실패로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>{delivery}: only a shipped delivery can come back as returned.</source>
        <translation>{delivery}: 발송된 배송만 반송으로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <source>{delivery}: only a packed delivery can be unpacked.</source>
        <translation>{delivery}: 포장된 배송만 포장을 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>{delivery}: only a scheduled delivery can be cancelled.</source>
        <translation>{delivery}: 배송 예정 상태인 배송만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <extracomment>How far ahead deliveries are scheduled at most (about three months: enough to plan stock and couriers).</extracomment>
        <translation>꼭 입력해야 하는 항목이에요.</translation>
    </message>
    <message>
        <source>A tracking number has only letters, digits and hyphens.</source>
        <translation>운송장 번호에는 영문, 숫자, 하이픈(-)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Schedule deliveries from today up to {days} days ahead.</source>
        <translation>배송 일정은 오늘부터 {days}일 뒤까지 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>이름에는 숫자를 넣을 수 없어요.</translation>
    </message>
    <message>
        <source>The name has incomplete Korean letters. Finish typing each syllable.</source>
        <translation>이름에 완성되지 않은 글자가 있어요. 글자를 끝까지 입력해 주세요.</translation>
    </message>
    <message>
        <source>Use only letters, spaces, hyphens, apostrophes and periods in a name.</source>
        <translation>이름에는 글자, 띄어쓰기, 하이픈(-), 아포스트로피(&apos;), 마침표(.)만 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>Enter the name in letters.</source>
        <translation>이름을 글자로 입력해 주세요.</translation>
    </message>
    <message>
        <source>This is not an email address. It should look like name@example.com.</source>
        <translation>이메일 주소 형식이 아니에요. name@example.com 처럼 입력해 주세요.</translation>
    </message>
    <message>
        <source>The email address contains Korean letters. Switch the keyboard to English and type it again.</source>
        <translation>이메일 주소에 한글이 들어갔어요. 한/영 키로 영문으로 바꾼 뒤 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>월은 1부터 12 사이로 골라 주세요.</translation>
    </message>
    <message>
        <source>The birth month can be at most {months} months ahead ({limit}), for a baby on the way.</source>
        <translation>출산 예정인 아기는 {months}개월 뒤({limit})까지만 등록할 수 있어요.</translation>
    </message>
    <message>
        <source>The child would be over {years} years old. Check the year.</source>
        <translation>아이 나이가 {years}살을 넘어요. 출생 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Enter the phone number with digits only, like 010-1234-5678.</source>
        <translation>전화번호는 숫자로만 입력해 주세요. (예: 010-1234-5678)</translation>
    </message>
    <message>
        <source>Only Korean phone numbers can be saved. Enter a number starting with 0, like 010-1234-5678.</source>
        <translation>국내 전화번호만 저장할 수 있어요. 0으로 시작하는 번호를 입력해 주세요. (예: 010-1234-5678)</translation>
    </message>
    <message>
        <source>The area or mobile code is missing. Add it in front of the number, like 010, 02 or 031.</source>
        <translation>지역번호나 010 같은 앞자리가 빠졌어요. 번호 앞에 붙여 주세요. (예: 010, 02, 031)</translation>
    </message>
    <message>
        <source>This is a business number (1588, 080, 060 and the like), not a personal phone. Enter the customer&apos;s own mobile or home number.</source>
        <translation>1588·080·060 같은 업체 대표번호는 개인 연락처로 쓸 수 없어요. 고객 본인의 휴대폰이나 집 전화번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>050 numbers are temporary safe numbers that forward calls and stop working later. Ask the customer for their real number.</source>
        <translation>050 번호는 나중에 끊기는 임시 안심번호예요. 고객께 실제 연락처를 여쭤봐 주세요.</translation>
    </message>
    <message>
        <source>This number has only {count} digits. A Korean phone number has 9 to 11 digits, including the area code.</source>
        <translation>번호가 {count}자리밖에 안 돼요. 전화번호는 지역번호를 포함해 9~11자리예요.</translation>
    </message>
    <message>
        <source>This number has {count} digits. A Korean phone number has at most 11; check for extra digits.</source>
        <translation>번호가 {count}자리예요. 전화번호는 최대 11자리이니 더 들어간 숫자가 없는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>{prefix} is not an area code or mobile code for personal phones. Check the first digits.</source>
        <translation>{prefix}은(는) 개인 전화의 지역번호나 휴대폰 앞자리가 아니에요. 앞자리를 확인해 주세요.</translation>
    </message>
    <message>
        <source>No phone number can look like this. Check the digits after {prefix}.</source>
        <translation>있을 수 없는 번호예요. {prefix} 뒤의 숫자를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The 011, 016, 017, 018 and 019 mobile services have been shut down, so this number probably no longer works. Ask the customer for their current 010 number.</source>
        <extracomment>Shown (not refused) for 011/016/017/018/019 numbers.</extracomment>
        <translation>011·016·017·018·019 서비스는 종료되어 이 번호는 연결되지 않을 가능성이 커요. 고객께 지금 쓰는 010 번호를 여쭤봐 주세요.</translation>
    </message>
    <message>
        <source>Another counter changed this customer while you were editing. Your input is kept: check the customer&apos;s current details, then save again.</source>
        <translation>입력하는 동안 다른 카운터에서 이 고객 정보를 바꿨어요. 입력한 내용은 그대로 있으니, 고객의 최신 정보를 확인한 뒤 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>Someone changed this at another counter while you were editing, so nothing was saved. Close this window and open it again to see the current values.</source>
        <translation>편집하는 동안 다른 카운터에서 이 내용을 바꿔 저장하지 않았습니다. 창을 닫고 다시 열어 현재 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>This is already the address in effect on that date.</source>
        <translation>그날 이미 적용 중인 주소와 같아요.</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>종료일은 시작일과 같거나 그 뒤여야 해요.</translation>
    </message>
    <message>
        <source>Only a temporary address has an end date.</source>
        <translation>종료일은 임시 거주 주소에만 정할 수 있어요.</translation>
    </message>
    <message>
        <source>Say what was wrong, so others understand the correction.</source>
        <translation>다른 직원도 알 수 있게 무엇이 잘못됐는지 적어 주세요.</translation>
    </message>
    <message>
        <source>The reason can be at most {limit} characters.</source>
        <translation>사유는 {limit}자 이내로 적어 주세요.</translation>
    </message>
    <message>
        <source>This entry has already been corrected or withdrawn.</source>
        <translation>이미 정정되었거나 취소된 기록이에요.</translation>
    </message>
    <message>
        <source>The customer&apos;s only address cannot be withdrawn; correct it instead.</source>
        <translation>고객의 유일한 주소는 취소할 수 없어요. 대신 정정해 주세요.</translation>
    </message>
    <message>
        <source>This is already the number for this role on that date.</source>
        <translation>그날 이미 적용 중인 번호와 같아요.</translation>
    </message>
    <message>
        <source>There is no number for this role on that date.</source>
        <translation>그날 이 구분에 등록된 번호가 없어요.</translation>
    </message>
    <message>
        <source>The customer&apos;s own phone cannot be removed; record the new number instead.</source>
        <translation>고객 본인 번호는 삭제할 수 없어요. 새 번호로 변경해 주세요.</translation>
    </message>
    <message>
        <source>The customer already has this number as another role.</source>
        <translation>이 번호는 이미 다른 구분의 번호로 등록되어 있어요.</translation>
    </message>
    <message>
        <source>Choose at least one contact to mark as confirmed.</source>
        <translation>확인한 연락처를 하나 이상 골라 주세요.</translation>
    </message>
    <message>
        <source>The date cannot be before the customer was registered ({registered}).</source>
        <translation>고객 가입일({registered})보다 이전 날짜는 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>A confirmation date cannot be in the future.</source>
        <translation>확인한 날은 미래일 수 없어요.</translation>
    </message>
    <message>
        <source>Consent to collect personal data is required to register a customer.</source>
        <translation>고객을 등록하려면 개인정보 수집·이용 동의(필수)가 있어야 해요.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>전화번호를 하나 이상 입력해 주세요.</translation>
    </message>
    <message>
        <source>Each kind of phone can be entered once.</source>
        <translation>같은 구분의 번호는 하나만 입력할 수 있어요.</translation>
    </message>
    <message>
        <source>This number is entered twice.</source>
        <translation>같은 번호가 두 번 입력되었어요.</translation>
    </message>
    <message>
        <source>Notes can be at most {limit} characters.</source>
        <translation>메모는 {limit}자 이내로 적어 주세요.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>동의한 날은 미래일 수 없어요.</translation>
    </message>
    <message>
        <source>A business registration number has 10 digits, like 123-45-67890.</source>
        <extracomment>How far ahead of a renewal a subscriber may have to be told of a new price. The longest pause a shop may allow in one go. An editable contract clause; a whole page of A4 is about this long.</extracomment>
        <translation>사업자등록번호는 123-45-67890처럼 10자리입니다.</translation>
    </message>
    <message>
        <source>This is not a valid business registration number. Check the digits against the certificate.</source>
        <translation>올바른 사업자등록번호가 아닙니다. 사업자등록증의 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>매장 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>The shop&apos;s name can be at most {limit} characters.</source>
        <translation>매장 이름은 {limit}자 이내로 입력해 주세요.</translation>
    </message>
    <message>
        <source>This database already belongs to a shop.</source>
        <translation>이 데이터베이스는 이미 다른 매장이 쓰고 있어요.</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s details and settings.</source>
        <translation>매장 정보와 설정은 대표만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a number of days from {low} to {high}.</source>
        <translation>{low}일에서 {high}일 사이로 입력해 주세요.</translation>
    </message>
    <message>
        <source>A staff member with this name already exists.</source>
        <translation>같은 이름의 직원이 이미 있어요.</translation>
    </message>
    <message>
        <source>The fee is between 0 and {limit} percent of the remaining fees.</source>
        <extracomment>Days in the month the standard prorates by. The fee never exceeds this many won, if set.</extracomment>
        <translation>위약금은 남은 이용료의 0~{limit}% 사이로 정해 주세요.</translation>
    </message>
    <message>
        <source>Enter an amount in won.</source>
        <translation>금액을 원 단위로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the amount as a whole number of won, e.g. 39,000.</source>
        <translation>금액은 원 단위 숫자로 입력해 주세요. 예: 39,000</translation>
    </message>
    <message>
        <source>The amount must be more than 0 won.</source>
        <translation>금액은 0원보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The amount is more than {limit}; check for an extra zero.</source>
        <translation>금액이 {limit}을 넘습니다. 0이 하나 더 들어가지 않았는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name.</source>
        <extracomment>Long-term discount on the monthly price, in percent.</extracomment>
        <translation>요금제 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s name within 60 characters.</source>
        <translation>요금제 이름은 60자 이내로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Keep the tier within 30 characters.</source>
        <translation>등급은 30자 이내로 입력해 주세요.</translation>
    </message>
    <message>
        <source>A toy box plan is delivered monthly.</source>
        <translation>정기배송 요금제는 매월 배송됩니다.</translation>
    </message>
    <message>
        <source>An unlimited membership borrows at the shop.</source>
        <translation>무제한 회원제는 매장에서 대여합니다.</translation>
    </message>
    <message>
        <source>Choose how often the rental toys are swapped.</source>
        <translation>렌털 장난감 교환 주기를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Offer at least one term (12, 24 or 36 months).</source>
        <translation>약정 기간을 하나 이상 정해 주세요(12, 24, 36개월).</translation>
    </message>
    <message>
        <source>Terms are 12, 24 or 36 months, each once.</source>
        <translation>약정 기간은 12, 24, 36개월 중에서 한 번씩만 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>A term discount is between 0 and {limit} percent.</source>
        <translation>약정 할인은 0~{limit}% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Free trial days are between 0 and {limit}.</source>
        <translation>무료 체험 기간은 0~{limit}일 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Only rental plans take a deposit.</source>
        <translation>보증금은 렌털 요금제에만 받습니다.</translation>
    </message>
    <message>
        <source>Enter the discount&apos;s name.</source>
        <extracomment>What the clerk saw as evidence (&quot;가족관계증명서 확인&quot;).</extracomment>
        <translation>할인 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>A discount is between 1 and {limit} percent.</source>
        <translation>할인율은 1~{limit}% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>This plan offers terms of {offered} months.</source>
        <extracomment>Won off the monthly price (positive).</extracomment>
        <translation>이 요금제의 약정 기간은 {offered}개월입니다.</translation>
    </message>
    <message>
        <source>The start cannot be before the customer was registered ({date}).</source>
        <extracomment>A renewal can be signed from this many days before the term ends. First day without service, if cancelled.</extracomment>
        <translation>시작일은 고객 등록일({date}) 이전일 수 없습니다.</translation>
    </message>
    <message>
        <source>A subscription can start at most a year from today.</source>
        <translation>구독 시작일은 오늘부터 1년 이내여야 합니다.</translation>
    </message>
    <message>
        <source>The subscription is cancelled by then.</source>
        <translation>그날에는 이미 해지된 구독입니다.</translation>
    </message>
    <message>
        <source>The subscription ends on {date}.</source>
        <translation>이 구독은 {date}에 끝납니다.</translation>
    </message>
    <message>
        <source>The pause must end on or after its start.</source>
        <translation>일시정지 종료일은 시작일과 같거나 그 이후여야 합니다.</translation>
    </message>
    <message>
        <source>A pause can start from {date}, when the term begins.</source>
        <translation>일시정지는 약정이 시작되는 {date}부터 할 수 있습니다.</translation>
    </message>
    <message>
        <source>A pause can last at most {days} days; this one is {asked}.</source>
        <translation>일시정지는 최대 {days}일까지 가능합니다. 입력한 기간은 {asked}일입니다.</translation>
    </message>
    <message>
        <source>The subscription is already paused during these days.</source>
        <translation>이 기간에는 이미 일시정지되어 있습니다.</translation>
    </message>
    <message>
        <source>The pause already ends on {date}.</source>
        <translation>일시정지는 이미 {date}에 끝납니다.</translation>
    </message>
    <message>
        <source>The subscription is already cancelled.</source>
        <translation>이미 해지된 구독입니다.</translation>
    </message>
    <message>
        <source>A cancellation takes effect after the start ({date}); before it, withdraw instead.</source>
        <translation>해지는 시작일({date}) 이후부터 가능합니다. 시작 전에는 청약철회로 처리해 주세요.</translation>
    </message>
    <message>
        <source>The subscription starts on {date}.</source>
        <translation>이 구독은 {date}에 시작합니다.</translation>
    </message>
    <message>
        <source>The subscription is paused then.</source>
        <translation>그때는 일시정지 기간입니다.</translation>
    </message>
    <message>
        <source>A cancelled subscription cannot be renewed.</source>
        <translation>해지된 구독은 갱신할 수 없습니다.</translation>
    </message>
    <message>
        <source>The subscription is already renewed.</source>
        <translation>이미 갱신된 구독입니다.</translation>
    </message>
    <message>
        <source>A renewal can be signed from {date}.</source>
        <translation>갱신 계약은 {date}부터 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The plan has no price on {date}.</source>
        <translation>{date}에 적용되는 요금제 가격이 없습니다.</translation>
    </message>
    <message>
        <source>This plan is no longer offered.</source>
        <extracomment>Day of the month for a toy box (1-28). Weekday of rental swaps (0 = Monday). Category discounts granted: (category id, the evidence seen). The customer&apos;s answer on marketing consent at signing, recorded with the contract when it changed. The plan moved to (plan changes) or the contract continuing this one (renewals); empty otherwise. The monthly fee as signed, and as in effect today (after a plan change). Running subscriptions whose term ends within this many days (renewal follow-up). Trials that turn into paid terms within this many days. A pause, and a resume that may end it early, in the list queries. Made once: building an alias of a mapped class costs more (about 1 ms for the two) than running a page&apos;s query.</extracomment>
        <translation>더 이상 판매하지 않는 요금제입니다.</translation>
    </message>
    <message>
        <source>Choose a delivery day from 1 to 28.</source>
        <translation>배송일을 1~28일 중에서 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose the weekday of the swaps.</source>
        <translation>교환 요일을 선택해 주세요.</translation>
    </message>
    <message>
        <source>This discount is no longer offered.</source>
        <translation>더 이상 제공하지 않는 할인입니다.</translation>
    </message>
    <message>
        <source>Note the evidence you saw for this discount.</source>
        <translation>이 할인의 확인 서류를 적어 주세요.</translation>
    </message>
    <message>
        <source>The subscription is not paused on that day.</source>
        <translation>그날은 일시정지 기간이 아닙니다.</translation>
    </message>
    <message>
        <source>Only a toy box delivery is skipped.</source>
        <translation>배송 건너뛰기는 정기배송 요금제에만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>That month&apos;s delivery is already skipped.</source>
        <translation>그 달의 배송은 이미 건너뛰기로 되어 있습니다.</translation>
    </message>
    <message>
        <source>Choose a plan of the same kind; sign a new contract otherwise.</source>
        <translation>같은 종류의 요금제를 선택해 주세요. 다른 종류는 새 계약으로 진행합니다.</translation>
    </message>
    <message>
        <source>The subscription is already on this plan.</source>
        <translation>이미 이 요금제를 이용하고 있습니다.</translation>
    </message>
    <message>
        <source>The day the customer was told cannot be in the future.</source>
        <translation>고객에게 안내한 날은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>The price change was recorded on {date}; the customer cannot have been told before that.</source>
        <translation>가격 변경은 {date}에 등록되었으므로 그 전에 안내했을 수 없습니다.</translation>
    </message>
    <message>
        <source>This price change does not reach this contract.</source>
        <translation>이 가격 변경은 이 계약에 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>Choose the customer, or register a new one.</source>
        <translation>고객을 고르거나 신규 고객으로 등록하세요.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>요금제를 고르세요.</translation>
    </message>
    <message>
        <source>Choose at least one delivery.</source>
        <extracomment>Ids per ``IN (…)`` list, well below SQLite&apos;s and PostgreSQL&apos;s limits on bound parameters.</extracomment>
        <translation>배송을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>{delivery}: no address is in effect on that day. Record the customer&apos;s address first.</source>
        <translation>{delivery}: 그날 적용되는 주소가 없습니다. 고객 주소를 먼저 등록하세요.</translation>
    </message>
    <message>
        <source>Another counter changed some of these deliveries meanwhile, so nothing was saved. Look at the list again and repeat the step.</source>
        <translation>그 사이 다른 카운터에서 이 배송 중 일부를 바꿔 저장하지 않았습니다. 목록을 다시 확인하고 한 번 더 하세요.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Customer</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>집</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>가입</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이사</translation>
    </message>
    <message>
        <source>Temporary stay</source>
        <translation>임시 거주</translation>
    </message>
    <message>
        <source>End of stay set</source>
        <translation>임시 거주 종료일 지정</translation>
    </message>
    <message>
        <source>Number change</source>
        <translation>번호 변경</translation>
    </message>
    <message>
        <source>Number added</source>
        <translation>번호 추가</translation>
    </message>
    <message>
        <source>Number removed</source>
        <translation>번호 삭제</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>Mobile · SMS</source>
        <translation>휴대전화 · 문자 가능</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>유선전화</translation>
    </message>
    <message>
        <source>Internet phone (070)</source>
        <translation>인터넷전화 (070)</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>서면 서명</translation>
    </message>
    <message>
        <source>Signed electronically</source>
        <translation>전자 서명</translation>
    </message>
    <message>
        <source>Verbally, noted by staff</source>
        <translation>구두 동의 (직원 기록)</translation>
    </message>
    <message>
        <source>Monthly toy box</source>
        <translation>정기배송</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>렌털</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>무제한</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>2주마다</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>4주마다</translation>
    </message>
    <message>
        <source>At the shop</source>
        <translation>매장 방문</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>계좌이체</translation>
    </message>
    <message>
        <source>Auto-debit</source>
        <translation>자동이체</translation>
    </message>
    <message>
        <source>The term ends later by the days paused</source>
        <translation>정지한 날수만큼 약정 종료일이 늦어집니다</translation>
    </message>
    <message>
        <source>The term keeps its end; paused days are not charged</source>
        <translation>약정 종료일은 그대로이고, 정지한 날은 요금을 받지 않습니다</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>In person at the shop</source>
        <translation>매장에서 직접</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>우편</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>시작 예정</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>체험 중</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>이용 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>{amount} won</source>
        <translation>{amount}원</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
</TS>
