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
        <extracomment>The row&apos;s customer id, for views and tests.</extracomment>
        <translation>이전 번호 {number}{when}</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>From</source>
        <extracomment>Item data role holding the version id of a history row.</extracomment>
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
        <source>Subscriptions are not built yet. Plans, sign-up, pauses, renewals and contracts will appear here.</source>
        <translation>구독 화면은 아직 만들어지지 않았습니다. 요금제, 가입, 일시정지, 갱신, 계약서가 이곳에 들어올 예정입니다.</translation>
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
        <source>Cu&amp;stomer</source>
        <translation>고객(&amp;S)</translation>
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
        <source>Add staff member…</source>
        <translation>직원 추가…</translation>
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
        <source>This field is required.</source>
        <translation>꼭 입력해야 하는 항목이에요.</translation>
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
        <extracomment>Day of the month for a toy box (1-28). Weekday of rental swaps (0 = Monday). Category discounts granted: (category id, the evidence seen). The monthly fee as signed, and as in effect today (after a plan change). Running subscriptions whose term ends within this many days (renewal follow-up). Trials that turn into paid terms within this many days.</extracomment>
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
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
</TS>
