<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddItemsDialog</name>
    <message>
        <source> new shop labels</source>
        <translation>개 매장 라벨 새로 발급</translation>
    </message>
    <message>
        <source>&amp;Acquired on</source>
        <translation>입고일(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>바코드(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Or number</source>
        <translation>또는 개수(&amp;O)</translation>
    </message>
    <message>
        <source>Add items: {toy}</source>
        <translation>품목 추가: {toy}</translation>
    </message>
    <message>
        <source>Scan each copy&apos;s own label, one a line. A maker&apos;s barcode names the product, so a second copy needs the shop&apos;s label: the next one is {code}.</source>
        <translation>각 품목의 라벨을 한 줄에 하나씩 스캔하세요. 제조사 바코드는 제품을 나타내므로 두 번째 품목부터는 매장 라벨이 필요합니다. 다음 라벨 번호는 {code}입니다.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <source>They set their PIN at their first sign-in. Staff: counter work. Manager: also prices and plans, import and export, voiding a fee. Owner: also staff, roles and shop settings.</source>
        <translation>새 직원은 처음 로그인할 때 PIN을 정합니다. 직원: 카운터 업무. 매니저: 요금·요금제, 가져오기·내보내기, 요금 취소까지. 대표: 직원·역할과 매장 설정까지.</translation>
    </message>
</context>
<context>
    <name>AddressChangeDialog</name>
    <message>
        <source>&amp;Moving house</source>
        <translation>이사(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Temporary stay (e.g. with grandparents)</source>
        <translation>임시 거주(&amp;T) (예: 조부모 댁)</translation>
    </message>
    <message>
        <source>Address now: {address}</source>
        <translation>지금 주소: {address}</translation>
    </message>
    <message>
        <source>Change address — {name}</source>
        <translation>주소 변경 — {name}</translation>
    </message>
    <message>
        <source>End date known</source>
        <translation>종료일을 알고 있음</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>변경 종류</translation>
    </message>
    <message>
        <source>Last day of the stay</source>
        <translation>임시 거주 마지막 날</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>적용일</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Delivery memo</source>
        <translation>배송 메모</translation>
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
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Road-name address</source>
        <translation>도로명 주소</translation>
    </message>
    <message>
        <source>building and unit, e.g. 101-dong 1203-ho</source>
        <translation>동·호수, 예: 101동 1203호</translation>
    </message>
    <message>
        <source>e.g. Seoul Mapo-gu World Cup buk-ro 396</source>
        <translation>예: 서울특별시 마포구 월드컵북로 396</translation>
    </message>
    <message>
        <source>e.g. lobby door code; shown only to delivery staff</source>
        <translation>예: 공동현관 비밀번호 (배송할 때만 표시)</translation>
    </message>
</context>
<context>
    <name>AffectedDeliveries</name>
    <message>
        <source>Deliveries this change affects</source>
        <translation>이 변경이 영향을 주는 배송</translation>
    </message>
    <message>
        <source>No scheduled or sent delivery falls on these days.</source>
        <translation>이 기간에 예정되었거나 발송된 배송이 없습니다.</translation>
    </message>
    <message>
        <source>already sent to the old address: flagged for follow-up</source>
        <translation>이미 이전 주소로 발송됨: 후속 조치로 표시됩니다</translation>
    </message>
    <message>
        <source>goes to the new address</source>
        <extracomment>Lines shown before &quot;and N more&quot;.</extracomment>
        <translation>새 주소로 갑니다</translation>
    </message>
    <message>
        <source>packed for the old address: flagged to unpack and pack again</source>
        <translation>이전 주소로 포장됨: 다시 포장하도록 표시됩니다</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 외 {count}건</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Only the owner can do this. The owner approves it with their PIN.</source>
        <translation>대표만 할 수 있는 작업입니다. 대표가 PIN으로 승인합니다.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can do this. One of them approves it with their PIN.</source>
        <translation>대표나 매니저만 할 수 있는 작업입니다. 둘 중 한 명이 PIN으로 승인합니다.</translation>
    </message>
</context>
<context>
    <name>BacktestWindow</name>
    <message>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelled from the day after to {until}: {count}.</source>
        <translation>다음 날부터 {until}까지 해지: {count}명</translation>
    </message>
    <message>
        <source>Risk score backtest</source>
        <translation>위험 점수 검증</translation>
    </message>
    <message>
        <source>Score as of &amp;day</source>
        <translation>점수 기준일(&amp;D)</translation>
    </message>
    <message>
        <source>Scores every subscriber running on the day chosen, from what the shop knew by its end, and counts who cancelled in the {days} days after it. A score that works puts many of them in its top tenth; the naive rule (terms ending soonest first) is shown beside it.</source>
        <translation>고른 날에 구독 중이던 고객 모두를 그날까지 매장이 알던 사실로 점수를 매기고, 그 뒤 {days}일 안에 해지한 고객을 셉니다. 잘 맞는 점수라면 해지한 고객 다수가 점수 상위 10%에 들어 있습니다. 단순 기준(계약 만료가 가장 가까운 순)을 옆에 함께 보여 드립니다.</translation>
    </message>
    <message>
        <source>Subscribers running on {day}: {count}; the top tenth is {top}.</source>
        <translation>{day}에 구독 중인 고객: {count}명, 상위 10%는 {top}명입니다.</translation>
    </message>
    <message>
        <source>The {days} days after it have not all passed yet: more may cancel.</source>
        <translation>기준일 뒤 {days}일이 아직 다 지나지 않았습니다. 해지가 더 늘어날 수 있습니다.</translation>
    </message>
    <message>
        <source>Top tenth by risk score: {catch}</source>
        <translation>위험 점수 상위 10%: {catch}</translation>
    </message>
    <message>
        <source>Top tenth by soonest term end: {catch}</source>
        <translation>계약 만료가 가까운 순 상위 10%: {catch}</translation>
    </message>
    <message>
        <source>no cancellations to catch</source>
        <translation>해지한 고객이 없습니다</translation>
    </message>
    <message>
        <source>{caught} of {cancelled} cancellations ({percent}%)</source>
        <translation>해지 {cancelled}명 중 {caught}명 ({percent}%)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원하기 전</translation>
    </message>
    <message>
        <source>Before an update (schema {revision})</source>
        <translation>업데이트하기 전 (스키마 {revision})</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일 자동</translation>
    </message>
    <message>
        <source>Daily backup made: {file}</source>
        <translation>오늘의 자동 백업을 만들었습니다: {file}</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>직접 만든 백업</translation>
    </message>
    <message>
        <source>Only the owner can restore a backup.</source>
        <translation>백업 복원은 대표만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>The daily backup could not be made. {reason}</source>
        <translation>오늘의 자동 백업을 만들지 못했습니다. {reason}</translation>
    </message>
    <message>
        <source>The database was backed up and the copy checked:
{file}

in the folder
{folder}</source>
        <translation>데이터베이스를 백업하고 사본을 검사했습니다:
{file}

저장 폴더:
{folder}</translation>
    </message>
    <message>
        <source>This counter uses a database server:
{where}

The app backs up only a database file on this PC. Back up and restore the server&apos;s database with the server&apos;s own backups (for PostgreSQL, pg_dump or the hosting service&apos;s backups).</source>
        <extracomment>The first daily check waits this long after start-up, so it never delays the window.</extracomment>
        <translation>이 카운터는 데이터베이스 서버를 사용합니다:
{where}

이 프로그램은 이 PC에 있는 데이터베이스 파일만 백업합니다. 서버의 데이터베이스는 서버 자체의 백업으로 백업하고 복원하세요(PostgreSQL은 pg_dump 또는 호스팅 서비스의 백업).</translation>
    </message>
</context>
<context>
    <name>BankLineModel</name>
    <message>
        <source>(no match: choose a customer or ignore)</source>
        <translation>(일치 없음: 고객을 고르거나 무시합니다)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>입금자</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>납부 대상 청구</translation>
    </message>
    <message>
        <source>Suggested customer</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>적요</translation>
    </message>
</context>
<context>
    <name>BankStatementWindow</name>
    <message>
        <source>&amp;Another customer…</source>
        <translation>다른 고객(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Confirm match</source>
        <translation>대조 확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>무시(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open statement…</source>
        <translation>거래내역 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Bank statement matching</source>
        <translation>입금 내역 대조</translation>
    </message>
    <message>
        <source>Bank statements (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>은행 거래내역 (*.xlsx *.xls *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose the bank statement</source>
        <translation>은행 거래내역 파일 선택</translation>
    </message>
    <message>
        <source>No customer fits this deposit: choose another customer or ignore it.</source>
        <translation>이 입금에 맞는 고객이 없습니다. 다른 고객을 고르거나 무시하십시오.</translation>
    </message>
    <message>
        <source>Open the account&apos;s transactions exported from internet banking (xlsx, xls or csv). Each deposit is listed with the customer whose depositor name and open charges fit it. Enter or Space confirms the suggestion as a bank-transfer payment; choose another customer, or ignore a deposit that is no subscriber&apos;s payment. Lines not settled stay here.</source>
        <translation>인터넷뱅킹에서 내려받은 계좌 거래내역(xlsx, xls 또는 csv)을 엽니다. 입금마다 입금자명과 미납 청구가 맞는 고객이 함께 표시됩니다. Enter 또는 Space를 누르면 추천 고객의 계좌이체 수납으로 기록합니다. 다른 고객을 고르거나, 구독 고객의 입금이 아니면 무시합니다. 처리하지 않은 내역은 여기에 남습니다.</translation>
    </message>
    <message>
        <source>{amount} from {depositor} ignored.</source>
        <translation>{depositor}의 입금 {amount}을 무시했습니다.</translation>
    </message>
    <message>
        <source>{amount} from {depositor} recorded as {name}&apos;s bank transfer.</source>
        <translation>{depositor}의 입금 {amount}을 {name} 고객의 계좌이체 수납으로 기록했습니다.</translation>
    </message>
    <message>
        <source>{file}: {deposits} deposits, {added} new, {already} imported before.</source>
        <translation>{file}: 입금 {deposits}건, 새 내역 {added}건, 이미 가져온 내역 {already}건입니다.</translation>
    </message>
    <message>
        <source>{open} open · {matched} matched · {ignored} ignored</source>
        <translation>미처리 {open}건 · 대조 완료 {matched}건 · 무시 {ignored}건</translation>
    </message>
</context>
<context>
    <name>CallToKeepWindow</name>
    <message>
        <source>&amp;Log the call…</source>
        <translation>통화 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open customer (Ctrl+O)</source>
        <translation>고객 열기(&amp;O) (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Score again</source>
        <translation>다시 계산(&amp;S)</translation>
    </message>
    <message>
        <source>Customers to call to keep</source>
        <extracomment>Only the customers of this saved segment (None: everyone scored).</extracomment>
        <translation>연락해 볼 고객</translation>
    </message>
    <message>
        <source>Nobody to call: no subscriber shows a reason to worry today.</source>
        <translation>연락할 고객이 없습니다. 오늘 걱정할 이유가 보이는 구독 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>세그먼트(&amp;G):</translation>
    </message>
    <message>
        <source>Scored on {day}.</source>
        <translation>{day} 기준 점수입니다.</translation>
    </message>
    <message>
        <source>Subscribers who may be about to leave, the riskiest first: the risk is the sum of the weights of the reasons shown on the right. Enter logs the call to the chosen one.</source>
        <translation>떠날 수도 있는 구독 고객을 위험이 높은 순으로 보여 드립니다. 위험 점수는 오른쪽에 보이는 이유들의 가중치 합계입니다. Enter 키를 누르면 고른 고객과의 통화를 기록합니다.</translation>
    </message>
    <message>
        <source>{name}: risk {score}</source>
        <translation>{name}: 위험 {score}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>&amp;Cancel the subscription</source>
        <translation>해지합니다(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>돌아가기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>, at most {cap}</source>
        <translation>, 최대 {cap}</translation>
    </message>
    <message>
        <source>A subscription of a month or more may be cancelled at any time (continuous transaction).</source>
        <translation>1개월 이상 계속되는 구독(계속거래)은 언제든지 해지할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>구독 해지</translation>
    </message>
    <message>
        <source>Cancelled within the free trial: no fee.</source>
        <translation>무료 체험 기간 안의 해지: 위약금이 없습니다.</translation>
    </message>
    <message>
        <source>First day &amp;without service</source>
        <translation>해지 적용일(&amp;W) (서비스 없는 첫날)</translation>
    </message>
    <message>
        <source>No toys are out with the customer.</source>
        <translation>고객이 빌려 간 장난감은 없습니다.</translation>
    </message>
    <message>
        <source>Really cancel this subscription?</source>
        <translation>정말 해지할까요?</translation>
    </message>
    <message>
        <source>Record &amp;cancellation</source>
        <extracomment>For a rental: what happens to the deposit and to the toys still out.</extracomment>
        <translation>해지 기록(&amp;C)</translation>
    </message>
    <message>
        <source>Remaining in the term: {days} days to {end}.
Remaining fees: {breakdown} = {remaining}.
Early-termination fee: {percent}% of the remaining fees{cap} = {fee}.</source>
        <translation>남은 약정 기간: {end}까지 {days}일
남은 이용료: {breakdown} = {remaining}
위약금: 남은 이용료의 {percent}%{cap} = {fee}</translation>
    </message>
    <message>
        <source>The deposit of {deposit} is returned within 3 business days after the toys are back and checked.</source>
        <translation>보증금 {deposit}은 장난감이 반납되어 상태를 확인한 뒤 3영업일 안에 돌려드립니다.</translation>
    </message>
    <message>
        <source>early-termination fee {fee} charged</source>
        <translation>중도 해지 위약금 {fee}을 청구했습니다</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>위약금은 없습니다</translation>
    </message>
    <message>
        <source>why the customer cancels</source>
        <translation>고객이 해지하는 이유</translation>
    </message>
    <message>
        <source>{contract} cancelled from {day}; {charged}.</source>
        <translation>{contract} 계약을 {day}부터 해지했습니다. {charged}.</translation>
    </message>
    <message>
        <source>{count} toys are still out: {names}. They must come back; late fees apply past their due dates.</source>
        <translation>아직 반납되지 않은 장난감이 {count}개 있습니다: {names}. 반납해야 하며, 반납 예정일이 지나면 연체료가 붙습니다.</translation>
    </message>
    <message>
        <source>{monthly} × {days} of the cycle&apos;s {cycle_days} days</source>
        <translation>{monthly} × {cycle_days}일 중 {days}일</translation>
    </message>
    <message>
        <source>{monthly} × {days} ÷ 30</source>
        <translation>{monthly} × {days}일 ÷ 30</translation>
    </message>
    <message>
        <source>{months} months × {monthly}</source>
        <translation>{months}개월 × {monthly}</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <source>&amp;Change plan</source>
        <translation>요금제 변경(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>새 요금제(&amp;N)</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>요금제 변경</translation>
    </message>
    <message>
        <source>From {date}: {new} a month (now {old}).</source>
        <translation>{date}부터 월 {new} (현재 {old})</translation>
    </message>
    <message>
        <source>No other plan of this kind is offered.</source>
        <translation>이 종류의 다른 요금제가 없습니다.</translation>
    </message>
    <message>
        <source>Plans of the same kind; the change takes effect at the next cycle.</source>
        <translation>같은 종류의 요금제만 고를 수 있으며, 다음 결제 주기부터 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>Allergies or health (sensitive data)</source>
        <translation>알레르기·건강 (민감정보)</translation>
    </message>
    <message>
        <source>Allergy and health notes can be written only after the guardian agrees to the separate sensitive-data consent.</source>
        <translation>알레르기·건강 메모는 보호자가 민감정보 수집에 따로 동의한 뒤에만 적을 수 있습니다.</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <extracomment>Phone fields of the registration form, in the order they are offered.</extracomment>
        <translation>자녀 이름</translation>
    </message>
    <message>
        <source>Notes (favourite toys; no health information)</source>
        <translation>메모 (좋아하는 장난감 등; 건강 정보는 적지 마세요)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>The guardian agreed to the sensitive-data consent: allergy and health notes may be written.</source>
        <translation>보호자가 민감정보 수집에 동의했습니다. 알레르기·건강 메모를 적을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ChurnFact</name>
    <message>
        <source>No contact logged since {last}.</source>
        <translation>{last} 이후 연락 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Paused {count} times since {since}, the last from {last}.</source>
        <translation>{since} 이후 일시정지 {count}회, 마지막은 {last}부터입니다.</translation>
    </message>
    <message>
        <source>Skipped {count} boxes since {since}, the last of {last}.</source>
        <translation>{since} 이후 배송 건너뛰기 {count}회, 마지막은 {last} 배송입니다.</translation>
    </message>
    <message>
        <source>The term ends on {ends_on} (in {days} days) and no renewal talk is logged.</source>
        <extracomment>The fact behind each reason, with the arguments its ``Fact`` carries (English source; Korean in the .ts file).</extracomment>
        <translation>계약이 {ends_on}에 끝나는데({days}일 남음) 재계약 상담 기록이 없습니다.</translation>
    </message>
    <message>
        <source>{amount} overdue, unpaid since {since}.</source>
        <translation>{amount} 연체, {since}부터 미납입니다.</translation>
    </message>
    <message>
        <source>{count} complaints not resolved, the oldest of {since}.</source>
        <translation>미해결 불만 {count}건, 가장 오래된 것은 {since}에 접수되었습니다.</translation>
    </message>
    <message>
        <source>{count} ratings of 2 or less since {since}, the last {rating} on {last}.</source>
        <translation>{since} 이후 2점 이하 평가 {count}건, 마지막은 {last}에 {rating}점입니다.</translation>
    </message>
    <message>
        <source>No contact logged since joining on {joined}.</source>
        <extracomment>&quot;No contact&quot; for a customer never contacted: the silence counts from the day they became a customer (&quot;since {last}&quot; alone read as if a contact was logged that day).</extracomment>
        <translation>{joined}에 가입한 뒤로 연락 기록이 없습니다.</translation>
    </message>
    <message>
        <source>{count} toys back late (or still out past due) since {since}, the last due {last}.</source>
        <translation>{since} 이후 늦게 반납(또는 기한이 지나도록 미반납)한 장난감 {count}개, 마지막 반납 기한은 {last}입니다.</translation>
    </message>
</context>
<context>
    <name>ChurnReason</name>
    <message>
        <source>Late returns</source>
        <translation>반납 지연</translation>
    </message>
    <message>
        <source>Low rating</source>
        <translation>낮은 평점</translation>
    </message>
    <message>
        <source>No contact for months</source>
        <translation>오랫동안 연락 없음</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>미해결 불만</translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation>요금 연체</translation>
    </message>
    <message>
        <source>Paused lately</source>
        <translation>최근 일시정지</translation>
    </message>
    <message>
        <source>Skipped boxes</source>
        <translation>배송 건너뛰기</translation>
    </message>
    <message>
        <source>Term ending, no renewal talk</source>
        <translation>만료 임박, 재계약 상담 없음</translation>
    </message>
</context>
<context>
    <name>ChurnWeightsDialog</name>
    <message>
        <source>A subscriber&apos;s risk is the sum of the weights of the reasons present. A weight of 0 turns a reason off. The list is scored again with the new weights.</source>
        <translation>구독 고객의 위험 점수는 해당하는 이유들의 가중치 합계입니다. 가중치를 0으로 하면 그 이유는 빠집니다. 저장하면 새 가중치로 목록을 다시 계산합니다.</translation>
    </message>
    <message>
        <source>Low ratings in the last (mo&amp;nths)</source>
        <translation>낮은 평점을 보는 기간(&amp;N, 개월)</translation>
    </message>
    <message>
        <source>No contact for (mon&amp;ths)</source>
        <translation>연락 없음 기준(&amp;T, 개월)</translation>
    </message>
    <message>
        <source>Pauses, skips, late returns in the last (&amp;months)</source>
        <translation>일시정지·건너뛰기·반납 지연을 보는 기간(&amp;M, 개월)</translation>
    </message>
    <message>
        <source>Risk weights</source>
        <translation>이탈 위험 가중치</translation>
    </message>
    <message>
        <source>Term ending &amp;within (days)</source>
        <translation>만료까지 남은 일수(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ConfirmContactsDialog</name>
    <message>
        <source>Confirm contacts — {name}</source>
        <translation>연락처 확인 — {name}</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>확인한 날</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>No contacts are in effect today.</source>
        <translation>오늘 적용 중인 연락처가 없습니다.</translation>
    </message>
    <message>
        <source>Tick what the customer confirmed is still right.</source>
        <translation>고객이 지금도 맞다고 확인해 준 항목에 표시하세요.</translation>
    </message>
</context>
<context>
    <name>ContactCheckDialog</name>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Check contacts not confirmed for</source>
        <translation>확인하지 않은 기간이 이보다 길면 목록에 표시</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Contacts to check</source>
        <translation>확인이 필요한 연락처</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
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
        <source>In effect from</source>
        <translation>적용 시작일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>정정 사유</translation>
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
        <source>What was wrong, e.g. unit number mistyped</source>
        <translation>무엇이 잘못됐는지, 예: 호수 오타</translation>
    </message>
</context>
<context>
    <name>CorrectChildDialog</name>
    <message>
        <source>&amp;Allergies, health</source>
        <translation>알레르기·건강(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Birth month</source>
        <translation>출생월(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>자녀(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;What was wrong</source>
        <translation>잘못된 내용(&amp;W)</translation>
    </message>
    <message>
        <source>Correct a child&apos;s details: {name}</source>
        <translation>자녀 정보 정정: {name}</translation>
    </message>
    <message>
        <source>Fix what was recorded wrong. The wrong record is kept in the history with your reason; toys still out and reservations follow the child.</source>
        <translation>잘못 기록된 내용을 바로잡습니다. 잘못된 기록은 사유와 함께 이력에 남고, 대여 중인 장난감과 예약은 자녀를 따라 옮겨집니다.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. birth month typed wrong at registration</source>
        <translation>예: 등록할 때 출생월을 잘못 입력함</translation>
    </message>
</context>
<context>
    <name>CorrectPhoneDialog</name>
    <message>
        <source>Correct a phone entry — {name}</source>
        <translation>연락처 기록 정정 — {name}</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>적용 시작일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>정정 사유</translation>
    </message>
    <message>
        <source>Recorded: {role} {number}, in effect from {date}. The wrong entry stays in the history, marked as corrected.</source>
        <translation>기록된 내용: {role} {number}, {date}부터 적용. 잘못된 기록은 지워지지 않고 &apos;정정됨&apos;으로 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Right number</source>
        <translation>올바른 번호</translation>
    </message>
    <message>
        <source>This entry should never have been recorded (withdraw it)</source>
        <translation>처음부터 기록하지 말았어야 할 내용입니다 (기록 취소)</translation>
    </message>
    <message>
        <source>What was wrong, e.g. last digit mistyped</source>
        <translation>무엇이 잘못됐는지, 예: 끝자리 오타</translation>
    </message>
</context>
<context>
    <name>CounterLock</name>
    <message>
        <source>{title} — saving as {name}</source>
        <extracomment>What counts as someone working at the counter. The shortcut that locks the counter at once, when the clerk steps away. Someone signed in (after a lock, or a switch): the counter&apos;s staff member is now this one. The demo shop shows its PIN on the sign-in screen. The owner signed in while setting up the shop at this start, so the counter does not open locked. The window that had the keyboard before the sign-in asked for it, and gets it back (its focus kept).</extracomment>
        <translation>{title} — {name} 이름으로 저장</translation>
    </message>
</context>
<context>
    <name>CourierExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>택배사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save file</source>
        <translation>파일 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Courier upload file</source>
        <translation>택배사 접수 파일</translation>
    </message>
    <message>
        <source>Courier upload {day} {courier}.xlsx</source>
        <translation>택배 접수 {day} {courier}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>저장할 파일(&amp;A)</translation>
    </message>
    <message>
        <source>The deliveries still to ship, in the courier&apos;s bulk-registration layout, to upload on the courier&apos;s site, which prints its own waybills. Its order number is our delivery number: the courier&apos;s file of tracking numbers is read back by it.</source>
        <translation>아직 발송하지 않은 배송을 택배사 대량 접수 양식으로 저장합니다. 택배사 사이트에 올리면 택배사가 운송장을 출력합니다. 주문번호는 우리 배송 번호이며, 택배사가 돌려주는 운송장 번호 파일을 이 번호로 맞춰 읽습니다.</translation>
    </message>
</context>
<context>
    <name>CourierFiles</name>
    <message>
        <source>Choose the file.</source>
        <translation>파일을 고르십시오.</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>파일을 저장하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>자세한 내용 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>자세한 내용(&amp;D):</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(로그 파일을 쓸 수 없었습니다)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <source>Copy the details and send them to whoever supports this app.</source>
        <translation>자세한 내용을 복사하여 이 프로그램을 지원하는 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you saved before is safe, and you can keep working; the last action may not have been saved, so check it.</source>
        <translation>예상하지 못한 오류가 발생했습니다. 이전에 저장한 내용은 안전하며 계속 작업하실 수 있습니다. 마지막 작업은 저장되지 않았을 수 있으니 확인하세요.</translation>
    </message>
    <message>
        <source>The details are also in the log file:
{log}</source>
        <translation>자세한 내용은 로그 파일에도 기록되어 있습니다:
{log}</translation>
    </message>
    <message>
        <source>ToySub Desktop — unexpected error</source>
        <extracomment>The dialog on screen, if any: a second error while it is open is added to it rather than opening another.</extracomment>
        <translation>토이구독 데스크톱 — 예상하지 못한 오류</translation>
    </message>
    <message>
        <source>{count} errors happened. Copy the details and send them to whoever supports this app.</source>
        <translation>오류가 {count}번 발생했습니다. 자세한 내용을 복사하여 이 프로그램을 지원하는 담당자에게 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>CustomerAndChild</name>
    <message>
        <source>C&amp;hild</source>
        <translation>자녀(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>{name} ({months} months)</source>
        <translation>{name} ({months}개월)</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Former number {number}{when}</source>
        <translation>이전 번호 {number}{when}</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>검색 근거</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>The row&apos;s customer id, for views and tests. What to type instead when the query was too short to search (a translated sentence), or &quot;&quot;.</extracomment>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>One initial matches most customers: type one more letter.</source>
        <extracomment>The membership tier of each customer loaded, read with their page (one grouped query per page).</extracomment>
        <translation>초성 하나로는 거의 모든 고객이 나옵니다. 한 글자 더 입력하십시오.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Type at least {digits} digits of a phone number; the last {digits} are enough.</source>
        <translation>전화번호는 {digits}자리 이상 입력하십시오. 끝 {digits}자리면 충분합니다.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>About</source>
        <translation>관련</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>수납 · 미납</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Address history</source>
        <translation>주소 이력</translation>
    </message>
    <message>
        <source>Address now</source>
        <translation>현재 주소</translation>
    </message>
    <message>
        <source>Advertising at night, 21:00 to 08:00 (optional)</source>
        <translation>야간 광고 수신, 21시~다음 날 8시 (선택)</translation>
    </message>
    <message>
        <source>Allergies and health: {notes}</source>
        <translation>알레르기·건강: {notes}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Children&apos;s allergies and health (sensitive, optional)</source>
        <translation>자녀의 알레르기·건강 (민감정보, 선택)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Contact log</source>
        <extracomment>Where the window puts the buttons of the account&apos;s papers and money steps (statement, refund, write-off). The customer&apos;s points (적립금) balance; the window puts the buttons to the points window and card after it.</extracomment>
        <translation>상담 기록</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>계약번호</translation>
    </message>
    <message>
        <source>Credit held: {amount}</source>
        <translation>선수금: {amount}</translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation>{date} 가입</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Delivery memo: {memo}</source>
        <translation>배송 메모: {memo}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Entry: {notes}</source>
        <translation>출입: {notes}</translation>
    </message>
    <message>
        <source>Find a customer with the search box, or register a new one.</source>
        <translation>검색창에서 고객을 찾거나 신규 고객을 등록하세요.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>다시 연락</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Columns of the contact log that read differently. Item data role holding the version id of a history row. A subscription in the customer&apos;s list was activated (Enter or double-click): its id. The customer&apos;s membership tier and what it rests on; hidden in a shop without tiers.</extracomment>
        <translation>적용일</translation>
    </message>
    <message>
        <source>From {date}: {role} {number}</source>
        <translation>{date}부터 변경 예정: {role} {number}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Marketing (optional)</source>
        <translation>마케팅 정보 수신 (선택)</translation>
    </message>
    <message>
        <source>Moves on {date} to {address}</source>
        <translation>{date}에 이사 예정: {address}</translation>
    </message>
    <message>
        <source>Never in effect</source>
        <translation>적용된 적 없음</translation>
    </message>
    <message>
        <source>No address is in effect today.</source>
        <translation>오늘 적용 중인 주소가 없습니다.</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>선택한 고객이 없습니다</translation>
    </message>
    <message>
        <source>None registered</source>
        <translation>등록된 자녀 없음</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>미납 없음</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>Owed: {amount}</source>
        <translation>미납: {amount}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>완납</translation>
    </message>
    <message>
        <source>Personal data (required)</source>
        <translation>개인정보 수집·이용 (필수)</translation>
    </message>
    <message>
        <source>Phone history</source>
        <translation>연락처 이력</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Points: {points}P</source>
        <translation>적립금: {points}P</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Resolved {when} by {who}: {how}</source>
        <translation>{when} {who} 해결: {how}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>적용 기간 / 상태</translation>
    </message>
    <message>
        <source>Stays from {date} at {address}</source>
        <translation>{date}부터 임시 거주 예정: {address}</translation>
    </message>
    <message>
        <source>Subscriptions (Enter opens one)</source>
        <extracomment>Where the window puts the buttons of the contact log&apos;s actions.</extracomment>
        <translation>구독 (Enter로 열기)</translation>
    </message>
    <message>
        <source>Temporary stay until {until}</source>
        <translation>임시 거주 (종료: {until})</translation>
    </message>
    <message>
        <source>Unpaid / unused</source>
        <translation>미납 / 미사용</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Voided {when} by {who}: {why}</source>
        <translation>정정됨 {when} {who}: {why}</translation>
    </message>
    <message>
        <source>Voided: {why}</source>
        <translation>취소됨: {why}</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>The customer&apos;s contact log (상담 기록), newest first.</extracomment>
        <translation>일시</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>check with the customer</source>
        <translation>고객에게 확인 필요</translation>
    </message>
    <message>
        <source>confirmed {date}</source>
        <translation>{date} 확인</translation>
    </message>
    <message>
        <source>corrected from {name} ({month}) on {date} by {staff}: {reason}</source>
        <translation>정정 전: {name} ({month}) · {date} {staff} 정정: {reason}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <source>deposit held {amount}</source>
        <translation>보증금 보관 {amount}</translation>
    </message>
    <message>
        <source>end not known yet</source>
        <translation>종료일 미정</translation>
    </message>
    <message>
        <source>next charge {amount} on {date} ({contract})</source>
        <translation>다음 청구 {date} {amount} ({contract})</translation>
    </message>
    <message>
        <source>overdue {days} days: deliveries and lending on hold</source>
        <translation>연체 {days}일: 배송·대여 보류</translation>
    </message>
    <message>
        <source>unpaid since {date}</source>
        <translation>{date}부터 미납</translation>
    </message>
    <message>
        <source>{date} {owner} · done</source>
        <translation>{date} {owner} · 완료</translation>
    </message>
    <message>
        <source>{kind} (before joining)</source>
        <translation>{kind} (가입 전)</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
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
    <name>CustomerRentalsDialog</name>
    <message>
        <source>&amp;Cancel reservation…</source>
        <translation>예약 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Fees</source>
        <translation>부과 요금(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Items out</source>
        <translation>대여 중인 품목(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>대여(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reservations</source>
        <translation>예약(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Void fee…</source>
        <translation>요금 취소(&amp;V)…</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>연령</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Customer&apos;s rentals</source>
        <translation>고객 대여 현황</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>연체 일수</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>반납 예정일</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Late fee so far</source>
        <translation>현재까지 연체료</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>대여 가능</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>사유 (선택)</translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation>교환(&amp;W)…</translation>
    </message>
    <message>
        <source>Select a fee in the list first.</source>
        <translation>먼저 목록에서 요금을 선택하세요.</translation>
    </message>
    <message>
        <source>Select a reservation in the list first.</source>
        <translation>먼저 목록에서 예약을 선택하세요.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>대여일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Suggestions &amp;for</source>
        <translation>추천 대상(&amp;G)</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>Void fee</source>
        <translation>요금 취소</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>취소됨: {reason}</translation>
    </message>
    <message>
        <source>Why is this fee void?</source>
        <translation>이 요금을 취소하는 이유를 입력하세요.</translation>
    </message>
    <message>
        <source>toys for the child&apos;s age, never borrowed, on the shelf now</source>
        <translation>자녀 월령에 맞고, 빌린 적 없으며, 지금 대여 가능한 장난감</translation>
    </message>
    <message>
        <source>{name} ({months} months)</source>
        <translation>{name} ({months}개월)</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>&amp;From month:</source>
        <translation>시작 월(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>끝 월(&amp;T):</translation>
    </message>
    <message>
        <source>After {months} mo.</source>
        <translation>{months}개월 후</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>평균 평점</translation>
    </message>
    <message>
        <source>Average tenure</source>
        <translation>평균 구독 기간</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>이탈률</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>적립금 잔액</translation>
    </message>
    <message>
        <source>Churn ({month})</source>
        <translation>이탈률 ({month})</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points}포인트</translation>
    </message>
    <message>
        <source>held by customers, given as discounts</source>
        <translation>고객이 보유 중 · 할인으로 지급</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>이탈률</translation>
    </message>
    <message>
        <source>Customers holding points</source>
        <translation>적립금 보유 고객</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>Contracts ended, {first} – {last}</source>
        <translation>해지·만료된 계약, {first} – {last}</translation>
    </message>
    <message>
        <source>Contracts of customers who signed up in {month}</source>
        <translation>{month} 가입 고객의 계약</translation>
    </message>
    <message>
        <source>Contracts running on {day}</source>
        <translation>{day} 현재 이용 중인 계약</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객 수</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Deliveries this week</source>
        <translation>이번 주 배송</translation>
    </message>
    <message>
        <source>Deliveries, {first} – {last}</source>
        <translation>배송, {first} – {last}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>해지·만료</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>최근 3개월</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>최근 6개월</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>월 정기 매출</translation>
    </message>
    <message>
        <source>Monthly recurring revenue on {day}</source>
        <translation>{day} 현재 월 정기 매출</translation>
    </message>
    <message>
        <source>Months I choose</source>
        <translation>기간 직접 지정</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>New subscribers&apos; contracts, {first} – {last}</source>
        <translation>신규 계약, {first} – {last}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>연체 합계</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>기간(&amp;O):</translation>
    </message>
    <message>
        <source>Ratings recorded in {month}</source>
        <translation>{month}에 기록된 평점</translation>
    </message>
    <message>
        <source>Retention by sign-up month</source>
        <translation>가입 월별 유지율</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>Revenue per plan</source>
        <translation>요금제별 매출</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>만족도</translation>
    </message>
    <message>
        <source>Sign-up month</source>
        <translation>가입 월</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>구독 중</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>{customers} customers</source>
        <translation>고객 {customers}명</translation>
    </message>
    <message>
        <source>{delivered} delivered, {first} – {last}</source>
        <translation>{first} – {last}, 배송 완료 {delivered}건</translation>
    </message>
    <message>
        <source>{first} – {last}, as of {day}</source>
        <translation>{first} – {last}, {day} 기준</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>{month}: {ended} ended of {active} at the month&apos;s start</source>
        <translation>{month}: 월초 {active}건 중 {ended}건 해지·만료</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>(no backup folder)</source>
        <translation>(백업 폴더 없음)</translation>
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
        <source>Cancel</source>
        <translation>취소</translation>
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
        <source>The database could not be opened:
{where}

Check that the folder exists and that this Windows user may write to it.</source>
        <translation>데이터베이스를 열 수 없습니다:
{where}

폴더가 있는지, 이 Windows 사용자에게 쓰기 권한이 있는지 확인하세요.</translation>
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
        <source>The database file is on a network drive:
{where}

A database file cannot be shared safely over a network drive; two counters writing at once could damage it. Keep the file on this PC&apos;s own disk, or, for several counters, use a shared PostgreSQL server (see &apos;Several counters&apos; in the manual) and start the app with --database postgresql://…</source>
        <translation>데이터베이스 파일이 네트워크 드라이브에 있습니다:
{where}

네트워크 드라이브의 파일은 여러 카운터가 동시에 쓰면 손상될 수 있어 사용할 수 없습니다. 파일을 이 PC의 로컬 디스크에 두거나, 카운터가 여러 대라면 공용 PostgreSQL 서버를 설정하고(설명서의 &apos;여러 카운터에서 쓰기&apos; 참고) --database postgresql://… 옵션으로 실행하세요.</translation>
    </message>
    <message>
        <source>The database is in use by another counter or program:
{where}

Nothing was saved; your input is kept. Try again in a moment.</source>
        <translation>다른 카운터나 프로그램이 데이터베이스를 사용 중입니다:
{where}

저장되지 않았으며 입력한 내용은 그대로 남아 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database refused what was entered:
{where}

Nothing was saved; your input is kept. Check the text you typed or pasted for unusual characters or a very long entry, change it, and save again.</source>
        <translation>데이터베이스가 입력한 값을 받아들이지 않았습니다:
{where}

아무것도 저장되지 않았고 입력한 내용은 그대로 있습니다. 입력하거나 붙여넣은 글에 특수한 문자나 지나치게 긴 내용이 없는지 확인하고 고친 뒤 다시 저장하십시오.</translation>
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
        <source>The disk is full:
{where}

Nothing was saved; your input is kept. Free some space, then save again.</source>
        <translation>디스크 공간이 부족합니다:
{where}

저장되지 않았으며 입력한 내용은 그대로 남아 있습니다. 공간을 확보한 뒤 다시 저장하세요.</translation>
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
        <source>This backup cannot be restored:
{where}

It is damaged, not a ToySub Desktop database, or from a newer version of the app. Nothing was changed; choose another backup.</source>
        <translation>이 백업으로 복원할 수 없습니다:
{where}

파일이 손상되었거나, 토이구독 데스크톱 데이터베이스가 아니거나, 더 새로운 버전의 프로그램에서 만든 파일입니다. 아무것도 변경되지 않았습니다. 다른 백업을 선택하세요.</translation>
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
        <source>ToySub Desktop — database</source>
        <translation>토이구독 데스크톱 — 데이터베이스</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Calendar</source>
        <translation>달력</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>달력에서 날짜를 고릅니다 (Alt+↓)</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Type a date: 2026-12-27, 26.12.27, 20261227, 12/27 (the nearest one) or +7 (days from today). Alt+Down opens a calendar.</source>
        <translation>날짜를 입력합니다: 2026-12-27, 26.12.27, 20261227, 12월 27일, 12/27(가장 가까운 날), +7(오늘부터 며칠 뒤), 오늘·내일·어제. Alt+↓ 키로 달력을 엽니다.</translation>
    </message>
    <message>
        <source>Type a month: 2024-03, 2024.3 or 202403. Alt+Down opens a calendar.</source>
        <translation>월을 입력합니다: 2024-03, 2024.3, 202403, 2024년 3월. Alt+↓ 키로 달력을 엽니다.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>e.g. 2024-03</source>
        <extracomment>Left empty, the field has no date (``optional_date()`` is None) and says nothing.</extracomment>
        <translation>예: 2024-03</translation>
    </message>
    <message>
        <source>e.g. 2026-12-27, 12/27, +7</source>
        <translation>예: 2026-12-27, 12/27, +7</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>&amp;Cash counted (won)</source>
        <translation>센 현금(원)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>마감일(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reason for a difference</source>
        <translation>차액 사유(&amp;R)</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>결제 수단별</translation>
    </message>
    <message>
        <source>Close the da&amp;y</source>
        <translation>마감 저장(&amp;Y)</translation>
    </message>
    <message>
        <source>Closed before and re-opened by {who} at {when}: {reason}</source>
        <translation>마감했다가 {when}에 {who}님이 다시 열었습니다: {reason}</translation>
    </message>
    <message>
        <source>Closed by {who} at {when}. Its money is locked; a correction goes on a later day.</source>
        <translation>{when}에 {who}님이 마감했습니다. 이날의 수납·환불은 잠겨 있으며, 정정은 이후 날짜에 기록합니다.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Daily close</source>
        <translation>일마감</translation>
    </message>
    <message>
        <source>Daily close {day}</source>
        <translation>일마감 {day}</translation>
    </message>
    <message>
        <source>Daily close {day}.pdf</source>
        <translation>일마감 {day}.pdf</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차액</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>순입금</translation>
    </message>
    <message>
        <source>No payments, refunds, write-offs or voids this day.</source>
        <translation>이날 수납·환불·대손 처리·취소가 없습니다.</translation>
    </message>
    <message>
        <source>Not closed yet. Count the cash in the drawer, type it and close the day.</source>
        <translation>아직 마감하지 않았습니다. 서랍의 현금을 세어 입력하고 마감합니다.</translation>
    </message>
    <message>
        <source>Opening &amp;float (won)</source>
        <translation>시작 시재(원)(&amp;F)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>수납</translation>
    </message>
    <message>
        <source>Re-&amp;open day…</source>
        <translation>마감 다시 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>The day is closed.</source>
        <translation>마감했습니다.</translation>
    </message>
    <message>
        <source>The drawer should hold</source>
        <translation>있어야 할 현금</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>대손 처리</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>대손 처리</translation>
    </message>
    <message>
        <source>needed when the cash counted differs</source>
        <translation>센 현금이 다르면 입력합니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the cash in the drawer, counted</source>
        <translation>서랍의 현금을 세어 입력</translation>
    </message>
    <message>
        <source>{expected} (float {opening} + cash in {cash})</source>
        <translation>{expected} (시작 시재 {opening} + 현금 순입금 {cash})</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DeliveriesDialog</name>
    <message>
        <source>{count} deliveries chosen.</source>
        <extracomment>Columns of the ship dialog&apos;s table; only the tracking number is typed in.</extracomment>
        <translation>배송 {count}건을 골랐습니다.</translation>
    </message>
</context>
<context>
    <name>DeliveriesTab</name>
    <message>
        <source>&amp;Delivered</source>
        <translation>배송 완료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Failed…</source>
        <translation>배송 실패(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>Only the deliveries of a saved segment&apos;s customers.</extracomment>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Manifest…</source>
        <translation>배송 목록(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>포장(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>발송(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료일(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Unpack…</source>
        <translation>포장 풀기(&amp;U)…</translation>
    </message>
    <message>
        <source>Address &amp;labels…</source>
        <translation>주소 라벨(&amp;L)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>All states</source>
        <extracomment>The states a step may start from, by the step (the button is enabled when every chosen delivery is in one).</extracomment>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Came &amp;back…</source>
        <translation>반송(&amp;B)…</translation>
    </message>
    <message>
        <source>Cannot be reached ({count})</source>
        <translation>연락 두절 ({count})</translation>
    </message>
    <message>
        <source>Choose &amp;all in the list</source>
        <translation>목록 전체 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Deli&amp;very</source>
        <translation>배송(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport for the courier…</source>
        <translation>택배사 접수 파일 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>F&amp;ollow-up done…</source>
        <translation>후속 조치 완료(&amp;O)…</translation>
    </message>
    <message>
        <source>Follow-&amp;up only</source>
        <translation>후속 조치만(&amp;W)</translation>
    </message>
    <message>
        <source>Follow-up ({count})</source>
        <translation>후속 조치 ({count})</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>목록:</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>앞으로 7일</translation>
    </message>
    <message>
        <source>No delivery matches these filters.</source>
        <translation>조건에 맞는 배송이 없습니다.</translation>
    </message>
    <message>
        <source>P&amp;icking list…</source>
        <translation>피킹 리스트(&amp;I)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>지역(&amp;G):</translation>
    </message>
    <message>
        <source>Sc&amp;hedule ahead…</source>
        <translation>배송 일정 만들기(&amp;H)…</translation>
    </message>
    <message>
        <source>Schedule brought up to date: {added} added, {reinstated} needed again, {cancelled} no longer needed, {flagged} packed ones to unpack.</source>
        <translation>배송 일정을 맞췄습니다: {added}건 추가, {reinstated}건 다시 필요, {cancelled}건 불필요, 포장을 풀어야 할 것 {flagged}건.</translation>
    </message>
    <message>
        <source>Show &amp;customer</source>
        <translation>고객 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Show subscr&amp;iption</source>
        <translation>구독 보기(&amp;E)</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>Segme&amp;nt:</source>
        <translation>세그먼트(&amp;N):</translation>
    </message>
    <message>
        <source>The chosen deliveries, or every one in the list when one or none is chosen</source>
        <translation>고른 배송들, 또는 하나 이하를 골랐으면 목록의 모든 배송</translation>
    </message>
    <message>
        <source>Today ({count} to send)</source>
        <translation>오늘 (보낼 것 {count})</translation>
    </message>
    <message>
        <source>Tomorrow ({count} to send)</source>
        <translation>내일 (보낼 것 {count})</translation>
    </message>
    <message>
        <source>Tracking numbers from the cou&amp;rier…</source>
        <translation>택배사 운송장 번호 가져오기(&amp;R)…</translation>
    </message>
    <message>
        <source>{count} deliveries marked as come back and put on the follow-up list.</source>
        <translation>배송 {count}건을 반송으로 표시하고 후속 조치 목록에 올렸습니다.</translation>
    </message>
    <message>
        <source>{count} deliveries marked delivered.</source>
        <translation>배송 {count}건을 배송 완료로 표시했습니다.</translation>
    </message>
    <message>
        <source>{count} deliveries marked failed and put on the follow-up list.</source>
        <translation>배송 {count}건을 배송 실패로 표시하고 후속 조치 목록에 올렸습니다.</translation>
    </message>
    <message>
        <source>{count} deliveries packed: their addresses are frozen as on the labels.</source>
        <translation>배송 {count}건을 포장했습니다. 주소는 라벨에 인쇄된 대로 고정됩니다.</translation>
    </message>
    <message>
        <source>{count} deliveries saved for {courier} in {file}; upload it on the courier&apos;s site.</source>
        <translation>{courier} 접수용으로 배송 {count}건을 {file}에 저장했습니다. 택배사 사이트에 올리십시오.</translation>
    </message>
    <message>
        <source>{count} deliveries shipped from the courier&apos;s file.</source>
        <translation>택배사 파일로 배송 {count}건을 발송 처리했습니다.</translation>
    </message>
    <message>
        <source>{count} deliveries shipped.</source>
        <translation>배송 {count}건을 발송했습니다.</translation>
    </message>
    <message>
        <source>{count} deliveries taken off the follow-up list.</source>
        <translation>배송 {count}건을 후속 조치 목록에서 뺐습니다.</translation>
    </message>
    <message>
        <source>{count} deliveries unpacked: they go to the address in effect on their dates again.</source>
        <translation>배송 {count}건의 포장을 풀었습니다. 다시 각 배송일에 적용되는 주소로 갑니다.</translation>
    </message>
</context>
<context>
    <name>DeliveryLineModel</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>배송일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>DeliveryListModel</name>
    <message>
        <source>(no address in effect)</source>
        <translation>(적용되는 주소 없음)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>As printed on the label</source>
        <translation>라벨에 인쇄된 주소</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>계약번호</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>A row that needs a clerk&apos;s attention reads in this colour.</extracomment>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>In effect on the delivery date</source>
        <translation>배송일에 적용되는 주소</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>On hold: overdue account</source>
        <translation>보류: 연체</translation>
    </message>
    <message>
        <source>On hold: the customer cannot be reached</source>
        <translation>보류: 고객 연락 두절</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>운송장 번호</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>As printed on the label; it never changes.</source>
        <translation>라벨에 인쇄된 그대로이며 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Choose deliveries in the list: Shift or Ctrl with the arrow keys chooses several.</source>
        <translation>목록에서 배송을 고르세요. Shift 또는 Ctrl과 화살표 키로 여러 건을 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>In effect on the delivery date; frozen when packed.</source>
        <translation>배송일에 적용되는 주소이며, 포장할 때 고정됩니다.</translation>
    </message>
    <message>
        <source>No address is in effect on this day. Record the customer&apos;s address first.</source>
        <translation>이 날짜에 적용되는 주소가 없습니다. 고객 주소를 먼저 등록하세요.</translation>
    </message>
    <message>
        <source>No delivery selected</source>
        <translation>선택한 배송 없음</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>처리 기록</translation>
    </message>
    <message>
        <source>The customer&apos;s address or number was found unreachable: record the new one, or release the hold in the list of customers who cannot be reached.</source>
        <translation>고객의 주소나 번호로 연락이 닿지 않습니다. 새 주소나 번호를 기록하거나, 연락 두절 고객 목록에서 보류를 해제하세요.</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>{count} deliveries chosen: the steps above apply to all of them.</source>
        <translation>배송 {count}건을 골랐습니다. 위의 처리는 모두에 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>DeliveryPrinting</name>
    <message>
        <source>Address labels</source>
        <translation>주소 라벨</translation>
    </message>
    <message>
        <source>Delivery manifest</source>
        <translation>배송 목록</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>인쇄하지 않았습니다</translation>
    </message>
    <message>
        <source>Picking list</source>
        <translation>피킹 리스트</translation>
    </message>
    <message>
        <source>chosen</source>
        <extracomment>What to print: the chosen deliveries&apos; ids, or everything the list&apos;s filters show.</extracomment>
        <translation>선택한 배송</translation>
    </message>
</context>
<context>
    <name>DepositsHeldDialog</name>
    <message>
        <source>&amp;Open customer</source>
        <translation>고객 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refund deposit…</source>
        <translation>보증금 환불(&amp;R)…</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>보증금 보관 현황</translation>
    </message>
    <message>
        <source>Held in total: {amount} for {count} customer(s)</source>
        <translation>보관 합계: {amount} (고객 {count}명)</translation>
    </message>
    <message>
        <source>The deposit money the shop holds and owes back at the end of each rental, by customer. Enter gives the chosen customer&apos;s deposit back.</source>
        <translation>가게가 보관 중이며 렌털이 끝나면 돌려드려야 할 보증금입니다(고객별). Enter를 누르면 선택한 고객의 보증금을 환불합니다.</translation>
    </message>
    <message>
        <source>The shop holds no deposit.</source>
        <translation>보관 중인 보증금이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DepositsHeldModel</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>보관 보증금</translation>
    </message>
    <message>
        <source>Last paid or returned</source>
        <translation>최근 입금·반환일</translation>
    </message>
</context>
<context>
    <name>DiscountCategoryDialog</name>
    <message>
        <source>% of the monthly price</source>
        <translation>% (월 이용료 기준)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>할인 항목(&amp;C)</translation>
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
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>할인 항목 추가</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} 항목을 추가했습니다.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Discount categories</source>
        <translation>할인 항목</translation>
    </message>
    <message>
        <source>Evidence to see</source>
        <translation>확인할 증빙</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>e.g. Families with three or more children</source>
        <translation>예: 세 자녀 이상 가정</translation>
    </message>
    <message>
        <source>e.g. family relation certificate (optional)</source>
        <translation>예: 가족관계증명서 (선택)</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>&amp;Open to print again…</source>
        <translation>열어서 다시 인쇄(&amp;O)…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>거래 내역서</translation>
    </message>
    <message>
        <source>Change confirmation</source>
        <translation>변경 확인서</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약서</translation>
    </message>
    <message>
        <source>Contract change confirmation</source>
        <translation>계약 변경 확인서</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>문서 날짜</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발행</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Nothing has been printed yet.</source>
        <translation>아직 발행한 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>Pre-contract information sheet</source>
        <translation>계속거래 사전 고지서</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>발행 문서</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>판</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Add staff under Shop › Add staff member.</source>
        <translation>직원은 매장 › 직원 추가에서 추가합니다.</translation>
    </message>
    <message>
        <source>Before the first contract, enter the shop&apos;s {details} under Shop › Shop details; until then a contract says what is missing and is not printed.</source>
        <translation>첫 계약 전에 매장 › 매장 정보에서 {details}을(를) 입력해야 합니다. 그때까지 계약서는 빠진 정보를 알려 주고 인쇄되지 않습니다.</translation>
    </message>
    <message>
        <source>No plans yet: add them under Shop › Plans and prices before the first sign-up.</source>
        <translation>아직 요금제가 없습니다. 첫 가입 전에 매장 › 요금제와 가격에서 추가합니다.</translation>
    </message>
    <message>
        <source>The shop is open</source>
        <translation>매장 준비가 끝났습니다</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>{count} plans were added; change them under Shop › Plans and prices.</source>
        <translation>요금제 {count}개를 추가했습니다. 매장 › 요금제와 가격에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>{owner} is signed in.</source>
        <translation>{owner} 님으로 로그인되었습니다.</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>Add a child (leave empty for none):</source>
        <translation>자녀 추가 (없으면 비워 두세요):</translation>
    </message>
    <message>
        <source>Agrees to advertising at night, 21:00 to 08:00 (optional)</source>
        <translation>야간(21시~다음 날 8시) 광고 수신에 동의 (선택)</translation>
    </message>
    <message>
        <source>Agrees to receive news and offers (optional)</source>
        <translation>소식과 혜택 안내를 받는 데 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>Agrees to sensitive data: allergies, health (optional)</source>
        <translation>민감정보(알레르기·건강)에 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Depositor name</source>
        <translation>입금자명</translation>
    </message>
    <message>
        <source>Edit customer {number}</source>
        <translation>고객 정보 수정 {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>If changed, given</source>
        <translation>바뀐 경우 동의 방법</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>Night-time advertising</source>
        <translation>야간 광고 수신 동의</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Optional consents</source>
        <translation>선택 동의</translation>
    </message>
    <message>
        <source>Saving withdraws the consent and erases the children&apos;s allergy and health notes.</source>
        <translation>저장하면 동의를 철회하고 자녀의 알레르기·건강 메모를 지웁니다.</translation>
    </message>
    <message>
        <source>Sensitive-data consent</source>
        <translation>민감정보 동의</translation>
    </message>
    <message>
        <source>The name their bank transfers come under, often a parent&apos;s or the child&apos;s name</source>
        <translation>계좌이체할 때 찍히는 이름입니다. 부모나 자녀 이름인 경우가 많습니다</translation>
    </message>
    <message>
        <source>{name} (the customer&apos;s name)</source>
        <translation>{name} (고객 이름)</translation>
    </message>
</context>
<context>
    <name>ExcludedModel</name>
    <message>
        <source>About</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>제외 사유</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Address detail</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>해지일</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>순수납액</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>계약 번호</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>택배사</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>고객 번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Deposits billed</source>
        <translation>보증금 청구액</translation>
    </message>
    <message>
        <source>Deposits held at month end</source>
        <translation>월말 보유 보증금</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Early-termination fees billed</source>
        <translation>위약금 청구액</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Monthly fee (won)</source>
        <translation>월 이용료(원)</translation>
    </message>
    <message>
        <source>Monthly fees billed</source>
        <translation>월 이용료 청구액</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Of the month&apos;s charges, unpaid</source>
        <translation>당월 청구 중 미납액</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>다른 연락처</translation>
    </message>
    <message>
        <source>Outstanding at month end</source>
        <translation>월말 미수금</translation>
    </message>
    <message>
        <source>Paying customers</source>
        <translation>납부 고객 수</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>수납액</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환불액</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Rental fees billed</source>
        <translation>대여 수수료(연체·파손·분실) 청구액</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>송장번호</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>대손 처리액</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장할 파일(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>내보낼 것(&amp;W):</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV (UTF-8, 엑셀에서 열림)</translation>
    </message>
    <message>
        <source>Customers with their current contacts</source>
        <translation>고객과 현재 연락처</translation>
    </message>
    <message>
        <source>Deliveries of a period</source>
        <translation>기간의 배송</translation>
    </message>
    <message>
        <source>Excel (xlsx)</source>
        <translation>엑셀 (xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Monthly money figures for the accountant</source>
        <translation>회계용 월별 수납 현황</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>내보낼 파일 저장</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <extracomment>Everyone, or one saved segment&apos;s customers (not for the month&apos;s figures).</extracomment>
        <translation>세그먼트(&amp;G):</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>The file holds customers&apos; personal data: keep it on this PC or the shop&apos;s own drive, and delete it when it has served. Every export is recorded with who made it and when.</source>
        <translation>이 파일에는 고객의 개인정보가 들어 있습니다. 이 PC나 매장 드라이브에만 두고, 쓴 뒤에는 삭제하십시오. 모든 내보내기는 누가 언제 했는지 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>&amp;About</source>
        <translation>관련(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>의견(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>받은 방법(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>별점(&amp;R)</translation>
    </message>
    <message>
        <source>1 (poor) to 5 (very good)</source>
        <translation>1(나쁨)~5(아주 좋음)</translation>
    </message>
    <message>
        <source>Earlier ratings: {ratings}</source>
        <translation>지난 평가: {ratings}</translation>
    </message>
    <message>
        <source>Nothing delivered, returned or lent yet</source>
        <translation>아직 배송·반납·대여한 것이 없습니다</translation>
    </message>
    <message>
        <source>Record feedback — {name}</source>
        <translation>만족도 기록 — {name}</translation>
    </message>
    <message>
        <source>What the customer said about it (optional)</source>
        <translation>고객이 한 말 (선택)</translation>
    </message>
</context>
<context>
    <name>FeedbackLineModel</name>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록 시각</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <source>&amp;Averages</source>
        <translation>평균(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>새 설문(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Only {name}&apos;s</source>
        <translation>{name} 고객 평가만(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>회차(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Surveys</source>
        <translation>설문(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Void rating…</source>
        <translation>평가 취소(&amp;V)…</translation>
    </message>
    <message>
        <source>All live ratings: {average}</source>
        <translation>전체 평가: {average}</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>C&amp;lose the survey</source>
        <translation>설문 마감(&amp;L)</translation>
    </message>
    <message>
        <source>Close &quot;{title}&quot;? Its answers can no longer change.</source>
        <translation>&quot;{title}&quot; 설문을 마감하시겠습니까? 마감하면 응답을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>No rating recorded yet: record one from a customer&apos;s card (Customer → Record feedback).</source>
        <translation>아직 기록된 평가가 없습니다. 고객 카드에서 기록하십시오(고객 → 만족도 기록).</translation>
    </message>
    <message>
        <source>No survey yet: write one with New survey (Alt+N).</source>
        <translation>아직 설문이 없습니다. 새 설문(Alt+N)으로 만드십시오.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Rat&amp;ings</source>
        <translation>평가 목록(&amp;I)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>Ratings and surveys</source>
        <translation>만족도와 설문</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>{count} answered</source>
        <translation>{count}명 응답</translation>
    </message>
    <message>
        <source>{count} customers answered.</source>
        <translation>{count}명이 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>FigureListDialog</name>
    <message>
        <source>&amp;Records behind the number (Enter opens the customer&apos;s card):</source>
        <translation>숫자에 해당하는 목록(&amp;R) (Enter를 누르면 고객 카드가 열립니다):</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>해당하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>The sample plans could not be added: {reason}</source>
        <translation>예시 요금제를 추가하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Welcome to ToySub Desktop</source>
        <extracomment>The owner, signed in with their first PIN, and the recovery code; set when the shop is created. Why the starter plans could not be added after the shop was created (shown on the last page).</extracomment>
        <translation>토이구독 데스크톱을 시작합니다</translation>
    </message>
</context>
<context>
    <name>FollowUpListModel</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>A follow-up past its day reads in this colour.</extracomment>
        <translation>연락할 날</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>상담 내용</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>{days} days</source>
        <extracomment>Only this staff member&apos;s follow-ups (None: everyone&apos;s).</extracomment>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>{kind} (open)</source>
        <translation>{kind} (미해결)</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <source>&amp;Log the call…</source>
        <translation>통화 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>고객 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Customers to call today</source>
        <translation>오늘 연락할 고객</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue, the oldest first. Enter logs the call that answers the chosen one; it leaves the list once logged.</source>
        <translation>오늘까지 다시 연락하기로 한 고객입니다(늦은 순서). Enter를 누르면 고른 건에 대한 통화를 기록하며, 기록하면 목록에서 빠집니다.</translation>
    </message>
    <message>
        <source>Nobody to call: no follow-up is due.</source>
        <translation>연락할 고객이 없습니다. 오늘까지 다시 연락할 건이 없습니다.</translation>
    </message>
    <message>
        <source>Only &amp;mine ({name})</source>
        <translation>내 담당만(&amp;M) ({name})</translation>
    </message>
</context>
<context>
    <name>GrantPointsDialog</name>
    <message>
        <source>&amp;Points</source>
        <translation>적립금(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>Grant points</source>
        <translation>적립금 지급</translation>
    </message>
    <message>
        <source>Points for {name}. They count like cash against a later charge.</source>
        <translation>{name} 고객에게 적립금을 지급합니다. 이후 청구에 현금처럼 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>e.g. apology for a late box</source>
        <translation>예: 배송 지연 사과</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <source>&amp;Open customer (record new address or number)</source>
        <translation>고객 열기 (새 주소나 번호 기록)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Release hold…</source>
        <translation>보류 해제(&amp;R)…</translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <source>Address on record: {address}</source>
        <translation>기록된 주소: {address}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Customers who cannot be reached</source>
        <translation>연락 두절 고객</translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation>이메일 {email}</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Moved: a delivery came back</source>
        <translation>이사: 배송이 반송됨</translation>
    </message>
    <message>
        <source>Nobody is on hold.</source>
        <translation>보류 중인 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Number out of service</source>
        <translation>결번</translation>
    </message>
    <message>
        <source>Other ways to reach them</source>
        <translation>다른 연락 방법</translation>
    </message>
    <message>
        <source>Recent contact changes</source>
        <translation>최근 연락처 변경</translation>
    </message>
    <message>
        <source>Recent deliveries</source>
        <translation>최근 배송</translation>
    </message>
    <message>
        <source>Their deliveries are held: a box came back because they moved, or a number is out of service. Reach them another way, then record the new address or number (the hold ends by itself) or release the hold.</source>
        <translation>이 고객들의 배송은 보류되었습니다. 이사로 배송이 반송되었거나 번호가 결번입니다. 다른 방법으로 연락한 뒤 새 주소나 번호를 기록하거나(보류는 저절로 끝납니다) 보류를 해제하세요.</translation>
    </message>
    <message>
        <source>Unreachable since</source>
        <translation>연락 두절 시작일</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>결번</translation>
    </message>
    <message>
        <source>{count} deliveries</source>
        <translation>배송 {count}건</translation>
    </message>
    <message>
        <source>{day} {reason}: {what} (recorded {when})</source>
        <translation>{day} {reason}: {what} ({when} 기록)</translation>
    </message>
    <message>
        <source>{what}, since {date}. {note} (recorded {when} by {who})</source>
        <translation>{what}, {date}부터. {note} ({when} {who} 기록)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Add to the customer found</source>
        <translation>찾은 고객에 추가</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Address detail</source>
        <translation>상세주소</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Child&apos;s birth month</source>
        <translation>자녀 생년월</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>자녀 이름</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>배송일</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>받은 보증금</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>From age (months)</source>
        <translation>사용 연령 시작(개월)</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <extracomment>The clerk-facing name of each column (translated by the UI, context &quot;Import&quot;).</extracomment>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>Import as a new customer</source>
        <translation>새 고객으로 가져오기</translation>
    </message>
    <message>
        <source>Item barcodes</source>
        <translation>품목 바코드</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>가입일</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>Marketing consent date</source>
        <translation>마케팅 수신 동의일</translation>
    </message>
    <message>
        <source>Monthly fee as signed</source>
        <translation>계약 월 이용료</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>결제 완료일</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>결제 방법</translation>
    </message>
    <message>
        <source>Personal-data consent date</source>
        <translation>개인정보 수집 동의일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>두 번째 연락처</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <extracomment>How shops head their columns, compared after ``header_key`` (no spaces, no brackets, lower case). The header texts of each column, from the top header row down. The cell&apos;s text as the file has it (&quot;&quot; when the problem is its absence). Barcodes of the items the child has out now (lent under the row&apos;s rental or unlimited contract).</extracomment>
        <translation>이 행 건너뛰기</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Swap weekday</source>
        <translation>교환 요일</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>약정 기간(개월)</translation>
    </message>
    <message>
        <source>To age (months)</source>
        <translation>사용 연령 끝(개월)</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>Toy category</source>
        <translation>장난감 분류</translation>
    </message>
    <message>
        <source>Toy value (won)</source>
        <translation>장난감 가격(원)</translation>
    </message>
    <message>
        <source>Toys out (barcodes)</source>
        <translation>대여 중인 장난감(바코드)</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>이름과 주소가 같음</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>이름과 연락처가 같음</translation>
    </message>
    <message>
        <source>same phone, another name</source>
        <translation>연락처가 같고 이름이 다름</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source> (added to)</source>
        <translation> (기존 고객에 추가)</translation>
    </message>
    <message>
        <source>&amp;Back to the file</source>
        <translation>파일 고르기로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Decision for the chosen row:</source>
        <translation>고른 행의 결정(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Next: columns</source>
        <translation>다음: 열 확인(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Stop the check</source>
        <translation>확인 중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>가져오기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>({number}번째 열)</translation>
    </message>
    <message>
        <source>(decide)</source>
        <translation>(결정하십시오)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Back to the co&amp;lumns</source>
        <translation>열 확인으로(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>다시 확인(&amp;A)</translation>
    </message>
    <message>
        <source>Checking all {rows} rows of {file}… Nothing is written.</source>
        <translation>{file}의 {rows}행을 모두 확인하는 중입니다… 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose the customer list</source>
        <translation>고객 명단 고르기</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s customer list: xlsx, xls or csv (UTF-8 or CP949). The next steps show what each column holds and every row&apos;s problems before anything is imported.</source>
        <translation>매장의 고객 명단 파일을 고르십시오: xlsx, xls 또는 csv(UTF-8 또는 CP949). 다음 단계에서 각 열의 내용과 모든 행의 문제를 보여 드리며, 그 전에는 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Customers of this import (row of the file):</source>
        <translation>이번에 가져온 고객(파일의 행):</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Every row is clear.</source>
        <translation>모든 행에 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Import customers from a spreadsheet</source>
        <extracomment>The import or its dry run is running: Escape and Cancel ask it to stop.</extracomment>
        <translation>엑셀에서 고객 가져오기</translation>
    </message>
    <message>
        <source>Imported from {file}: {customers} new customers, {children} children, {contracts} contracts (their deliveries are scheduled); {merged} rows added to customers found, {skipped} rows skipped.</source>
        <translation>{file}에서 가져왔습니다: 새 고객 {customers}명, 자녀 {children}명, 계약 {contracts}건(배송 일정 생성됨). {merged}행은 찾은 고객에 추가했고 {skipped}행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Imported from {file}: {toys} new toys and {items} items, on the shelf.</source>
        <translation>{file}에서 가져왔습니다: 새 장난감 {toys}개, 품목 {items}개(대여 가능).</translation>
    </message>
    <message>
        <source>Importing… Nothing is kept until the last row is in.</source>
        <translation>가져오는 중… 마지막 행까지 들어가야 저장됩니다.</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>같아 보이는 고객</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Next: check every &amp;row</source>
        <translation>다음: 모든 행 확인(&amp;E)</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>파일 경로</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems or duplicates</source>
        <translation>문제나 중복이 있는 행만 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.xls *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Stopping the check…</source>
        <translation>확인을 중지하는 중입니다…</translation>
    </message>
    <message>
        <source>Stopping… everything read so far is being undone.</source>
        <translation>중지하는 중… 지금까지 들어간 내용을 모두 되돌립니다.</translation>
    </message>
    <message>
        <source>The check was stopped before every row was checked.</source>
        <translation>모든 행을 확인하기 전에 확인을 중지했습니다.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>가져오기를 중지했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Type the path of the file, or choose it with Browse.</source>
        <translation>파일 경로를 입력하거나 찾아보기로 고르십시오.</translation>
    </message>
    <message>
        <source>Will create</source>
        <translation>만들어질 것</translation>
    </message>
    <message>
        <source>child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>contract {plan} {fee} won</source>
        <translation>계약 {plan} {fee}원</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>toy, {items}</source>
        <translation>장난감, {items}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>품목 {count}개</translation>
    </message>
    <message>
        <source>{count} toys out</source>
        <translation>대여 중 장난감 {count}개</translation>
    </message>
    <message>
        <source>{file}: {customers} new customers, {children} children and {contracts} contracts will be imported; {merged} rows go to a customer found, {skipped} rows are skipped.</source>
        <translation>{file}: 새 고객 {customers}명, 자녀 {children}명, 계약 {contracts}건을 가져옵니다. {merged}행은 찾은 고객에 추가하고 {skipped}행은 건너뜁니다.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows. Check what each column holds; choose “not imported” for a column the import should leave out.</source>
        <translation>{file}: {rows}행. 각 열에 무엇이 있는지 확인하십시오. 가져오지 않을 열은 “가져오지 않음”을 고르십시오.</translation>
    </message>
    <message>
        <source>{file}: {toys} new toys and {items} items will be imported.</source>
        <translation>{file}: 새 장난감 {toys}개와 품목 {items}개를 가져옵니다.</translation>
    </message>
    <message>
        <source>{items} of the toy on record</source>
        <translation>등록된 장난감의 {items}</translation>
    </message>
    <message>
        <source>{rows} rows still need attention: fix them in the file and check again, or decide the duplicates. Nothing is imported until every row is clear.</source>
        <translation>아직 {rows}행을 확인해야 합니다. 파일에서 고친 뒤 다시 확인하거나 중복을 결정하십시오. 모든 행에 문제가 없어야 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source> (added to)</source>
        <translation> (기존 고객에 추가)</translation>
    </message>
    <message>
        <source>&amp;Customers of the chosen import (Enter opens the card):</source>
        <translation>고른 가져오기의 고객(&amp;C) (Enter로 고객 카드 열기):</translation>
    </message>
    <message>
        <source>By</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>가져오기 기록</translation>
    </message>
    <message>
        <source>No spreadsheet has been imported yet.</source>
        <translation>아직 가져온 스프레드시트가 없습니다.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>연체 일수</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>반납 예정일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>With</source>
        <translation>대여자</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>&amp;History</source>
        <translation>이력(&amp;H)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>From</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>In the shop · lent {count} times</source>
        <translation>매장 보관 중 · 대여 {count}회</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Reservations &amp;waiting</source>
        <translation>대기 중인 예약(&amp;W)</translation>
    </message>
    <message>
        <source>Scan an item or choose one in the list.</source>
        <translation>품목을 스캔하거나 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Set aside for {child} ({customer})</source>
        <translation>{child} ({customer}) 예약분으로 보관 중</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>To</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>Waiting child</source>
        <translation>대기 자녀</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>With</source>
        <translation>대여자</translation>
    </message>
    <message>
        <source>{category} · {ages} · {brand} · value {value} · {shelf} of {items} on the shelf</source>
        <translation>{category} · {ages} · {brand} · 가액 {value} · {items}개 중 {shelf}개 대여 가능</translation>
    </message>
    <message>
        <source>{child} ({customer}, {number}) since {since}, due {due}</source>
        <translation>{child} ({customer}, {number}) · {since} 대여, {due}까지 반납</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days}일 연체</translation>
    </message>
</context>
<context>
    <name>LabelOptionsDialog</name>
    <message>
        <source>&amp;Fix first</source>
        <translation>먼저 고치기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Label sheet</source>
        <translation>라벨 용지(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>그대로 인쇄(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Show labels</source>
        <translation>라벨 보기(&amp;S)</translation>
    </message>
    <message>
        <source>1 is the top left label; labels are counted row by row to {count}.</source>
        <translation>1은 왼쪽 맨 위 라벨이며, 줄마다 왼쪽에서 오른쪽으로 {count}까지 셉니다.</translation>
    </message>
    <message>
        <source>A4, {count} labels ({columns} × {rows}, {width} × {height} mm)</source>
        <translation>A4, {count}칸 ({columns} × {rows}, {width} × {height} mm)</translation>
    </message>
    <message>
        <source>Addresses too long for the labels</source>
        <translation>라벨에 다 들어가지 않는 주소</translation>
    </message>
    <message>
        <source>Draw each label&apos;s edge (a test print on plain paper)</source>
        <translation>라벨 테두리 그리기 (일반 용지에 시험 인쇄)</translation>
    </message>
    <message>
        <source>Entry notes (door codes) are not printed on the labels; the manifest keeps them.</source>
        <translation>출입 메모(공동현관 비밀번호 등)는 라벨에 인쇄하지 않습니다. 배송 목록에는 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Entry notes (door codes) are printed on the labels.</source>
        <translation>출입 메모(공동현관 비밀번호 등)를 라벨에 인쇄합니다.</translation>
    </message>
    <message>
        <source>Start at la&amp;bel</source>
        <translation>시작 라벨 번호(&amp;B)</translation>
    </message>
    <message>
        <source>These addresses do not fit on a label in print a courier can read. Printed anyway, their labels leave off the notes and the sender, and may cut the address short.</source>
        <translation>다음 주소는 택배 기사가 읽을 수 있는 글자 크기로 라벨에 다 들어가지 않습니다. 그대로 인쇄하면 그 라벨에서는 메모와 보내는 분이 빠지고, 주소 끝이 잘릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LabelSettingsDialog</name>
    <message>
        <source>A label is read by everyone who handles the box, so door codes are left off unless you turn this on. The delivery manifest always lists them for the courier. This also decides whether they go in the courier&apos;s bulk-registration file.</source>
        <translation>라벨은 상자를 다루는 누구나 볼 수 있으므로, 이 설정을 켜지 않으면 공동현관 비밀번호 등은 인쇄하지 않습니다. 배송 목록에는 택배 기사를 위해 항상 인쇄됩니다. 택배사 대량 접수 파일에 넣을지도 이 설정을 따릅니다.</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>라벨 설정</translation>
    </message>
    <message>
        <source>Print &amp;entry notes (door codes) on address labels</source>
        <translation>주소 라벨에 출입 메모(공동현관 비밀번호 등) 인쇄(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Recomputed after a void</source>
        <extracomment>The reason an expiry is voided when a void changed what was left of its lot (translated where shown).</extracomment>
        <translation>취소 후 다시 계산함</translation>
    </message>
    <message>
        <source>The contract changed.</source>
        <extracomment>The reason recorded on a charge the contract no longer calls for (translated where it is shown).</extracomment>
        <translation>계약이 변경되었습니다.</translation>
    </message>
    <message>
        <source>The fee it was earned for is no longer paid.</source>
        <extracomment>The reason an earning is voided when the fee it was earned for is no longer paid.</extracomment>
        <translation>적립 대상 이용료가 더 이상 납부된 상태가 아님</translation>
    </message>
    <message>
        <source>The rental fee was voided or changed.</source>
        <translation>대여 요금이 취소되거나 변경되었습니다.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>&amp;Due back</source>
        <translation>반납 예정일(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>품목(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Lend toys</source>
        <translation>장난감 대여</translation>
    </message>
</context>
<context>
    <name>LinkProspectDialog</name>
    <message>
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the customer {name} already is. What was logged about them moves to that customer&apos;s contact log, and they count as joined for where they heard of us.</source>
        <translation>{name} 님이 이미 등록된 고객이면 그 고객을 고르십시오. 가망 고객으로 기록된 상담 내용은 그 고객의 상담 기록에 옮겨 보이고, 유입 경로별 가입으로 집계됩니다.</translation>
    </message>
    <message>
        <source>Link to a customer — {name}</source>
        <translation>기존 고객과 연결 — {name}</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>&amp;About</source>
        <translation>관련(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>다시 연락할 날(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>상담 내용(&amp;W)</translation>
    </message>
    <message>
        <source>Follow-up &amp;owner</source>
        <translation>담당 직원(&amp;O)</translation>
    </message>
    <message>
        <source>Log a contact — {name}</source>
        <translation>상담 기록 — {name}</translation>
    </message>
    <message>
        <source>The customer in general</source>
        <translation>고객 전반</translation>
    </message>
    <message>
        <source>This answers the follow-up due {date} ({owner}): {note}</source>
        <extracomment>Someone not a customer yet (then *customer_id* is None and there is nothing else to be about).</extracomment>
        <translation>{date}에 다시 연락하기로 한 건({owner})에 대한 기록입니다: {note}</translation>
    </message>
    <message>
        <source>What the customer said or asked, and what you told them</source>
        <translation>고객이 말하거나 요청한 내용과 안내한 내용</translation>
    </message>
    <message>
        <source>empty: no follow-up; e.g. +3, 3/10</source>
        <translation>비워 두면 다시 연락 없음. 예: +3, 3/10</translation>
    </message>
</context>
<context>
    <name>LostProspectDialog</name>
    <message>
        <source>&amp;Why</source>
        <translation>이유(&amp;W)</translation>
    </message>
    <message>
        <source>Not joining — {name}</source>
        <translation>가입 안 함 — {name}</translation>
    </message>
    <message>
        <source>e.g. found it too expensive, chose another shop</source>
        <translation>예: 가격이 부담됨, 다른 업체 선택</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Bank statement matching…</source>
        <translation>입금 내역 대조(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Daily close…</source>
        <translation>일마감(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <extracomment>The money menu&apos;s own entries by their text, for the buttons on the card that take the same steps.</extracomment>
        <translation>대시보드(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>배송(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Discount categories…</source>
        <translation>할인 항목(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>정보 수정(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import customers from a spreadsheet…</source>
        <translation>엑셀에서 고객 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Label settings…</source>
        <translation>라벨 설정(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>상담 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Message lists…</source>
        <translation>문자 발송 목록(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>신규 고객(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Overdue accounts…</source>
        <translation>연체 고객(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Plans and prices…</source>
        <translation>요금제와 가격(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Points…</source>
        <translation>적립금(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rentals</source>
        <extracomment>The Rentals tab, built inside its page when that page is first shown (None until then).</extracomment>
        <translation>대여(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Resolve complaint…</source>
        <translation>불만 해결(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Subscriptions</source>
        <translation>구독(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tiers…</source>
        <translation>회원 등급(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Toys and items…</source>
        <translation>장난감과 품목(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>대손 처리(&amp;W)…</translation>
    </message>
    <message>
        <source>About ToySub Desktop</source>
        <translation>토이구독 데스크톱 정보</translation>
    </message>
    <message>
        <source>Account s&amp;tatement…</source>
        <translation>거래 내역서(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation>직원 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>At the &amp;counter:</source>
        <translation>카운터 직원(&amp;C):</translation>
    </message>
    <message>
        <source>Backed up: {file}</source>
        <translation>백업했습니다: {file}</translation>
    </message>
    <message>
        <source>C&amp;orrect entry</source>
        <translation>기록 정정(&amp;O)</translation>
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
        <source>Change recorded</source>
        <translation>변경을 기록했습니다</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>먼저 고객을 선택하십시오.</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>불만을 해결 처리했습니다.</translation>
    </message>
    <message>
        <source>Con&amp;firm contacts</source>
        <translation>연락처 확인(&amp;F)</translation>
    </message>
    <message>
        <source>Contact logged for {name}.</source>
        <translation>{name} 고객의 상담을 기록했습니다.</translation>
    </message>
    <message>
        <source>Contacts to c&amp;heck</source>
        <translation>확인이 필요한 연락처(&amp;H)</translation>
    </message>
    <message>
        <source>Correct a child&apos;s deta&amp;ils…</source>
        <translation>자녀 정보 정정(&amp;I)…</translation>
    </message>
    <message>
        <source>Custo&amp;mer</source>
        <translation>고객(&amp;M)</translation>
    </message>
    <message>
        <source>Customers to call &amp;today…</source>
        <translation>오늘 연락할 고객(&amp;C)…</translation>
    </message>
    <message>
        <source>Customers to call to &amp;keep…</source>
        <translation>연락해 볼 고객(&amp;K)…</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>데이터베이스: {where}</translation>
    </message>
    <message>
        <source>Deposits &amp;held…</source>
        <translation>보증금 보관 현황(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport to a spreadsheet…</source>
        <translation>엑셀로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>End of &amp;stay</source>
        <translation>임시 거주 종료일(&amp;T)</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {file}</source>
        <translation>{file} 파일로 {rows}행을 내보냈습니다</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>고객 찾기</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>가져오기 기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Inq&amp;uiries and trials…</source>
        <translation>문의·체험 고객(&amp;U)…</translation>
    </message>
    <message>
        <source>Lo&amp;yalty &amp;&amp; reports</source>
        <translation>회원·분석(&amp;Y)</translation>
    </message>
    <message>
        <source>Membership tiers saved.</source>
        <translation>회원 등급을 저장했습니다.</translation>
    </message>
    <message>
        <source>Mo&amp;ney</source>
        <translation>수납·정산(&amp;J)</translation>
    </message>
    <message>
        <source>Monthly &amp;figures…</source>
        <translation>월별 현황(&amp;F)…</translation>
    </message>
    <message>
        <source>No survey is open. The owner writes one under Shop → Ratings and surveys.</source>
        <translation>진행 중인 설문이 없습니다. 대표가 매장 → 만족도와 설문에서 만듭니다.</translation>
    </message>
    <message>
        <source>Number out of ser&amp;vice…</source>
        <translation>결번 신고(&amp;V)…</translation>
    </message>
    <message>
        <source>Overd&amp;ue settings…</source>
        <translation>연체 설정(&amp;U)…</translation>
    </message>
    <message>
        <source>Overdue settings saved.</source>
        <translation>연체 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Payment of {amount} taken from {name}.</source>
        <translation>{name} 님에게서 {amount}을 수납했습니다.</translation>
    </message>
    <message>
        <source>Plan co&amp;mparison sheet…</source>
        <translation>요금제 비교표(&amp;M)…</translation>
    </message>
    <message>
        <source>Points &amp;settings…</source>
        <translation>적립금 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Points settings saved.</source>
        <translation>적립금 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Price-change &amp;notices…</source>
        <translation>가격 변경 안내(&amp;N)…</translation>
    </message>
    <message>
        <source>Print a change confirmation for the customer to sign?</source>
        <translation>고객이 서명할 변경 확인서를 인쇄할까요?</translation>
    </message>
    <message>
        <source>Print a receipt for this payment?</source>
        <translation>이 수납의 영수증을 인쇄할까요?</translation>
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
        <source>Rating recorded for {name}.</source>
        <translation>{name} 고객의 평가를 기록했습니다.</translation>
    </message>
    <message>
        <source>Ratings and s&amp;urveys…</source>
        <translation>만족도와 설문(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;ferrals…</source>
        <translation>추천 현황(&amp;F)…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Receipt &amp;printer…</source>
        <translation>영수증 프린터(&amp;P)…</translation>
    </message>
    <message>
        <source>Record feedbac&amp;k…</source>
        <translation>만족도 기록(&amp;K)…</translation>
    </message>
    <message>
        <source>Referral c&amp;ard…</source>
        <translation>추천 카드(&amp;A)…</translation>
    </message>
    <message>
        <source>Referral card {code}</source>
        <translation>추천 카드 {code}</translation>
    </message>
    <message>
        <source>Refu&amp;nd…</source>
        <translation>환불(&amp;N)…</translation>
    </message>
    <message>
        <source>Rental settin&amp;gs…</source>
        <translation>대여 설정(&amp;G)…</translation>
    </message>
    <message>
        <source>Risk &amp;weights…</source>
        <translation>이탈 위험 가중치(&amp;W)…</translation>
    </message>
    <message>
        <source>Risk score &amp;backtest…</source>
        <translation>위험 점수 검증(&amp;B)…</translation>
    </message>
    <message>
        <source>Payment of {amount} and {points} of points taken from {name}.</source>
        <translation>{name} 님에게서 {amount}을 수납하고 적립금 {points}를 할인으로 사용했습니다.</translation>
    </message>
    <message>
        <source>{points} of points used against {name}&apos;s charges.</source>
        <translation>{name} 님의 청구에 적립금 {points}를 할인으로 사용했습니다.</translation>
    </message>
    <message>
        <source>Risk weights saved.</source>
        <translation>이탈 위험 가중치를 저장했습니다.</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <extracomment>Shown under the search box when the query is too short to search (a single initial, a few digits). Restricts the list to a saved segment, with its count (``ui.segments``).</extracomment>
        <translation>세그먼트(&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>매장(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;gments…</source>
        <translation>고객 세그먼트(&amp;G)…</translation>
    </message>
    <message>
        <source>Search: name, initials (ㄱㅁㅅ), customer no., or any phone number, even a former one</source>
        <translation>검색: 이름, 초성(ㄱㅁㅅ), 고객번호, 전화번호(이전 번호 포함)</translation>
    </message>
    <message>
        <source>Shop &amp;details…</source>
        <translation>매장 정보(&amp;D)…</translation>
    </message>
    <message>
        <source>Si&amp;gn up for a subscription</source>
        <translation>구독 가입(&amp;G)</translation>
    </message>
    <message>
        <source>Staff and r&amp;oles…</source>
        <translation>직원과 역할(&amp;O)…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>거래 내역서…</translation>
    </message>
    <message>
        <source>Subscription &amp;settings…</source>
        <translation>구독 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Survey ans&amp;wers…</source>
        <translation>설문 응답(&amp;W)…</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>설문 응답</translation>
    </message>
    <message>
        <source>Survey answers recorded for {name}.</source>
        <translation>{name} 고객의 설문 응답을 기록했습니다.</translation>
    </message>
    <message>
        <source>Take pa&amp;yment</source>
        <translation>수납(&amp;Y)</translation>
    </message>
    <message>
        <source>Tax (&amp;VAT) settings…</source>
        <translation>부가세 설정(&amp;V)…</translation>
    </message>
    <message>
        <source>The customer&apos;s account statement for a period, to print</source>
        <translation>고객의 기간별 거래 내역서를 인쇄합니다</translation>
    </message>
    <message>
        <source>ToySub Desktop {version}
The counter app for toy-subscription shops.</source>
        <translation>토이구독 데스크톱 {version}
장난감 구독 매장을 위한 카운터 프로그램입니다.</translation>
    </message>
    <message>
        <source>ToySub Desktop — {shop}</source>
        <extracomment>How long typing may pause before the list follows the search box. How long the status bar keeps saying what an action did. Log a contact with the customer on the card (&quot;G&quot; for 기록; Ctrl+Shift+L locks the counter). The main window&apos;s size on a screen that has room for it. The database file was replaced by a backup (the copy, the copy of the state before, who did it): this window&apos;s database is closed, and the counter must be opened again. The shop-wide billing run ended (on its worker thread): its ``BillingRun``, or the ``DatabaseProblem``. The daily backup of this window&apos;s database (set by whoever opened the window; None for a server). The day the shop-wide billing run last ran from this window.</extracomment>
        <translation>토이구독 데스크톱 — {shop}</translation>
    </message>
    <message>
        <source>Void account ent&amp;ry…</source>
        <translation>수납·청구 항목 취소(&amp;R)…</translation>
    </message>
    <message>
        <source>Who is at the counter; every change is recorded under this name</source>
        <translation>지금 카운터의 직원. 모든 변경은 이 이름으로 기록됩니다</translation>
    </message>
    <message>
        <source>{count} new charges billed.</source>
        <translation>새 청구 {count}건을 만들었습니다.</translation>
    </message>
    <message>
        <source>{name} is at the counter</source>
        <translation>카운터 직원: {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s deliveries are held until a new number is recorded.</source>
        <translation>{name} 고객의 배송은 새 번호를 기록할 때까지 보류됩니다.</translation>
    </message>
</context>
<context>
    <name>MessageListsDialog</name>
    <message>
        <source> (month)</source>
        <translation>월</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>목록(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장할 파일(&amp;S):</translation>
    </message>
    <message>
        <source>A notice, not advertising: everyone on the list with a mobile number.</source>
        <translation>광고가 아닌 안내: 목록에서 휴대폰 번호가 있는 모든 고객에게 보냅니다.</translation>
    </message>
    <message>
        <source>Advertising goes only to customers who agreed to it, starts with {prefix} and the shop&apos;s name, and ends with the shop&apos;s phone and the free opt-out number. Notices go to everyone with a mobile number. Each export is written in the contact log of everyone on it.</source>
        <translation>광고는 수신에 동의한 고객에게만 보내며, {prefix}와 매장 이름으로 시작하고 매장 전화번호와 무료 수신거부 번호로 끝납니다. 안내 문자는 휴대폰 번호가 있는 모든 고객에게 보냅니다. 내보낼 때마다 받는 고객 모두의 상담 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Advertising: only customers who agreed to it; between 21:00 and 08:00 only with night consent.</source>
        <translation>광고: 수신에 동의한 고객에게만 보냅니다. 21시부터 다음 날 8시까지는 야간 수신에도 동의한 고객에게만 보냅니다.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Children&apos;s birthdays (advertising)</source>
        <translation>자녀 생일 (광고)</translation>
    </message>
    <message>
        <source>Contract anniversaries (advertising)</source>
        <translation>계약 기념일 (광고)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>Ending &amp;within:</source>
        <translation>종료까지 남은 기간(&amp;W):</translation>
    </message>
    <message>
        <source>Fields filled for each customer: {fields}</source>
        <translation>고객마다 채워지는 항목: {fields}</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>넣을 수 있는 항목: {fields}</translation>
    </message>
    <message>
        <source>Left &amp;out</source>
        <translation>제외된 고객(&amp;O)</translation>
    </message>
    <message>
        <source>Marketing consent reminders, every 2 years (notice)</source>
        <translation>수신 동의 확인 안내, 2년마다 (안내)</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>메시지(&amp;G):</translation>
    </message>
    <message>
        <source>Message lists</source>
        <translation>문자 발송 목록</translation>
    </message>
    <message>
        <source>Mo&amp;nth:</source>
        <translation>월(&amp;N):</translation>
    </message>
    <message>
        <source>Newsletter (advertising)</source>
        <translation>소식지 (광고)</translation>
    </message>
    <message>
        <source>Night time: no night consent</source>
        <translation>야간: 야간 수신 동의 없음</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>마케팅 수신 동의 없음</translation>
    </message>
    <message>
        <source>No mobile number</source>
        <translation>휴대폰 번호 없음</translation>
    </message>
    <message>
        <source>Nobody on the list gets a message.</source>
        <translation>이 목록에서 문자를 받는 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>Price-change notices (notice)</source>
        <translation>요금 변경 안내 (안내)</translation>
    </message>
    <message>
        <source>Reci&amp;pients</source>
        <translation>받는 고객(&amp;P)</translation>
    </message>
    <message>
        <source>Renewals due (notice)</source>
        <translation>갱신 안내 (안내)</translation>
    </message>
    <message>
        <source>S&amp;egment:</source>
        <extracomment>Only the customers of a saved segment; the list&apos;s own rules still decide who gets the message.</extracomment>
        <translation>세그먼트(&amp;E):</translation>
    </message>
    <message>
        <source>Save the message list as</source>
        <translation>문자 발송 목록 저장</translation>
    </message>
    <message>
        <source>Send &amp;time:</source>
        <translation>발송 시각(&amp;T):</translation>
    </message>
    <message>
        <source>agreed on {day}, {due}</source>
        <translation>{day} 동의, {due}</translation>
    </message>
    <message>
        <source>due</source>
        <translation>안내할 때</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>곧 안내</translation>
    </message>
    <message>
        <source>{bytes} bytes: a short message (SMS)</source>
        <translation>{bytes}바이트: 단문(SMS)</translation>
    </message>
    <message>
        <source>{bytes} bytes: more than {sms}, so a long message (LMS)</source>
        <translation>{bytes}바이트: {sms}바이트를 넘어 장문(LMS)</translation>
    </message>
    <message>
        <source>{count} get the message · {left} left out</source>
        <translation>받는 고객 {count}명 · 제외 {left}명</translation>
    </message>
    <message>
        <source>{list}, month {month}</source>
        <translation>{list}, {month}월</translation>
    </message>
    <message>
        <source>{list}, within {days} days</source>
        <translation>{list}, {days}일 안</translation>
    </message>
    <message>
        <source>{name}, from your renewal the monthly fee is {price}.</source>
        <translation>{name}님, 갱신부터 월 이용료가 {price}으로 바뀝니다.</translation>
    </message>
    <message>
        <source>{name}, happy {birthday} birthday to {child}! A small gift waits at the shop.</source>
        <translation>{name}님, {child}의 {birthday} 생일을 축하합니다! 매장에 작은 선물을 준비해 두었습니다.</translation>
    </message>
    <message>
        <source>{name}, thank you for another year with us.</source>
        <translation>{name}님, 올해도 함께해 주셔서 감사합니다.</translation>
    </message>
    <message>
        <source>{name}, this month&apos;s new toys are in.</source>
        <translation>{name}님, 이번 달 새 장난감이 들어왔습니다.</translation>
    </message>
    <message>
        <source>{name}, you agreed on {consented} to receive news and offers from us. You can withdraw at any time.</source>
        <translation>{name}님은 {consented}에 광고성 정보 수신에 동의하셨습니다. 언제든지 철회하실 수 있습니다.</translation>
    </message>
    <message>
        <source>{name}, your contract ends on {end}. Call us to renew.</source>
        <translation>{name}님, 계약이 {end}에 끝납니다. 갱신하시려면 연락 주십시오.</translation>
    </message>
</context>
<context>
    <name>MoneyFiguresDialog</name>
    <message>
        <source>&amp;From month:</source>
        <translation>시작 월(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Months (Enter shows the month&apos;s charges still unpaid). Collected is payments less refunds; outstanding and deposits held are at the month&apos;s end; the ledger as it stands today.</source>
        <translation>월별 현황(&amp;M) (Enter를 누르면 그 달 청구 중 미납 내역을 엽니다). 순수납액은 수납액에서 환불액을 뺀 금액이고, 미수금과 보유 보증금은 월말 기준이며, 모두 오늘 현재 장부 기준입니다.</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>끝 월(&amp;T):</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>순수납액</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>보유 보증금</translation>
    </message>
    <message>
        <source>E&amp;xport for the accountant…</source>
        <translation>회계용 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Monthly fees</source>
        <translation>월 이용료</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>월별 현황</translation>
    </message>
    <message>
        <source>Other fees</source>
        <translation>기타 요금</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>월말 미수금</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>납부 고객</translation>
    </message>
    <message>
        <source>Payments {payments} − refunds {refunds}</source>
        <translation>수납 {payments} − 환불 {refunds}</translation>
    </message>
    <message>
        <source>Points used {points}: a discount, not collected</source>
        <translation>적립금 사용 {points}: 수납액이 아닌 할인</translation>
    </message>
    <message>
        <source>Still unpaid</source>
        <translation>당월분 미납</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>대손 처리액</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>Add &amp;child</source>
        <translation>자녀 추가(&amp;C)</translation>
    </message>
    <message>
        <source>Agrees to receive news and offers (optional)</source>
        <translation>소식과 혜택 안내를 받는 데 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>Agrees to sensitive data: allergies, health (optional)</source>
        <translation>민감정보(알레르기·건강)에 동의합니다 (선택)</translation>
    </message>
    <message>
        <source>Agrees to the collection and use of personal data (required)</source>
        <translation>개인정보 수집·이용에 동의합니다 (필수)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Consent to the personal-data notice ({version})</source>
        <translation>개인정보 수집·이용 안내 동의 (안내문 {version})</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>동의한 날</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>보호자 이름</translation>
    </message>
    <message>
        <source>Home phone (optional)</source>
        <translation>집 전화 (선택)</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>신규 고객</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Spouse&apos;s phone (optional)</source>
        <translation>배우자 전화 (선택)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택</translation>
    </message>
</context>
<context>
    <name>NewProspectDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation>다시 연락할 날(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Heard of us</source>
        <translation>알게 된 경로(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Interested in</source>
        <translation>관심 내용(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>상담 내용(&amp;W)</translation>
    </message>
    <message>
        <source>Follow-up &amp;owner</source>
        <translation>담당 직원(&amp;O)</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>새 가망 고객</translation>
    </message>
    <message>
        <source>What was said (needed with a follow-up day)</source>
        <translation>상담 내용 (다시 연락할 날을 정하면 필요)</translation>
    </message>
    <message>
        <source>e.g. rental premium, for a 2-year-old</source>
        <translation>예: 렌털 프리미엄, 두 살 아이</translation>
    </message>
    <message>
        <source>empty: no follow-up; e.g. +3, 3/10</source>
        <translation>비워 두면 다시 연락 없음. 예: +3, 3/10</translation>
    </message>
    <message>
        <source>optional, e.g. 010-1234-5678</source>
        <translation>선택 입력, 예: 010-1234-5678</translation>
    </message>
</context>
<context>
    <name>NewSurveyDialog</name>
    <message>
        <source>&amp;Questions</source>
        <translation>질문(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>How were the toys?
Did the boxes arrive on time?
서술: What would you like?</source>
        <translation>장난감 상태는 어떠셨나요?
배송은 제때 왔나요?
서술: 바라는 점</translation>
    </message>
    <message>
        <source>New satisfaction survey</source>
        <translation>새 만족도 설문</translation>
    </message>
    <message>
        <source>One question a line, at most 10. Each is answered 1 to 5; start a line with &quot;서술:&quot; for a question answered in words.</source>
        <translation>한 줄에 질문 하나, 최대 10개입니다. 질문마다 1~5점으로 답합니다. 글로 답할 질문은 줄 앞에 &quot;서술:&quot;을 붙이십시오.</translation>
    </message>
    <message>
        <source>e.g. Spring 2027 satisfaction survey</source>
        <translation>예: 2027년 봄 만족도 조사</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>후속 조치 완료</translation>
    </message>
    <message>
        <source>The label is void: packed again, each goes to the address in effect on its date.</source>
        <translation>라벨은 무효가 됩니다. 다시 포장하면 각 배송은 그날 적용되는 주소로 갑니다.</translation>
    </message>
    <message>
        <source>Unpack deliveries</source>
        <translation>포장 풀기</translation>
    </message>
    <message>
        <source>e.g. sent again to the new address</source>
        <translation>예: 새 주소로 다시 보냄</translation>
    </message>
    <message>
        <source>e.g. the label had the old address</source>
        <translation>예: 라벨에 이전 주소가 있었음</translation>
    </message>
</context>
<context>
    <name>OtherCustomerDialog</name>
    <message>
        <source>&amp;Customer</source>
        <translation>고객(&amp;C)</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>수납 기록</translation>
    </message>
    <message>
        <source>Whose deposit is this?</source>
        <translation>누구의 입금입니까?</translation>
    </message>
    <message>
        <source>{amount} from {depositor} on {date}. It is recorded as the chosen customer&apos;s bank transfer and pays their oldest charges first; what is left is kept as credit.</source>
        <translation>{date} {depositor}의 입금 {amount}입니다. 고른 고객의 계좌이체 수납으로 기록하고 가장 오래된 청구부터 납부합니다. 남는 금액은 선수금으로 보관합니다.</translation>
    </message>
</context>
<context>
    <name>OutOfServiceDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unreachable since</source>
        <translation>연락 두절 시작일(&amp;U)</translation>
    </message>
    <message>
        <source>Number out of service — {name}</source>
        <translation>결번 신고 — {name}</translation>
    </message>
    <message>
        <source>e.g. the operator says the number is not in service</source>
        <translation>예: 없는 번호라는 안내가 나옴</translation>
    </message>
    <message>
        <source>{role} {number}: the deliveries from the day below are held until a new number is recorded or the hold is released, and the customer goes on the list of customers who cannot be reached.</source>
        <translation>{role} {number}: 아래 날짜부터의 배송은 새 번호를 기록하거나 보류를 해제할 때까지 보류되고, 고객은 연락 두절 목록에 올라갑니다.</translation>
    </message>
</context>
<context>
    <name>OverdueListModel</name>
    <message>
        <source>Customer</source>
        <extracomment>A customer held for being overdue reads in this colour.</extracomment>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>연체 일수</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>마지막 수납</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>연체 금액</translation>
    </message>
    <message>
        <source>Pays by</source>
        <translation>결제 방법</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>미납 합계</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{date}, {amount}</source>
        <translation>{date}, {amount}</translation>
    </message>
    <message>
        <source>{days} days</source>
        <extracomment>Only the customers of this saved segment (None: everyone overdue). Every overdue customer and amount, as of the first page.</extracomment>
        <translation>{days}일</translation>
    </message>
</context>
<context>
    <name>OverdueSettingsDialog</name>
    <message>
        <source>&amp;Grace days</source>
        <translation>연체 유예 일수(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Hold deliveries and lending of overdue customers</source>
        <translation>연체 고객의 배송·대여 보류(&amp;H)</translation>
    </message>
    <message>
        <source>A charge counts as overdue when it is unpaid more than this many days after its due date.</source>
        <translation>납부 기한이 지나고 이 일수보다 오래 납부되지 않은 청구를 연체로 봅니다.</translation>
    </message>
    <message>
        <source>At least the grace days. A held customer&apos;s boxes are not packed or sent and no toy is lent, with the reason shown as overdue; the hold ends by itself once they have paid back under the limit.</source>
        <translation>유예 일수 이상이어야 합니다. 보류된 고객에게는 상자를 포장하거나 발송하지 않고 장난감을 대여하지 않으며, 사유는 &quot;연체&quot;로 표시됩니다. 기준 아래로 납부하면 보류는 저절로 풀립니다.</translation>
    </message>
    <message>
        <source>Changing these settings needs a manager or the owner: they approve with their PIN when you save.</source>
        <translation>이 설정을 바꾸려면 매니저나 대표가 필요합니다. 저장할 때 매니저나 대표가 PIN으로 승인합니다.</translation>
    </message>
    <message>
        <source>Hold &amp;after (days overdue)</source>
        <translation>보류 기준 연체 일수(&amp;A)</translation>
    </message>
    <message>
        <source>Overdue settings</source>
        <translation>연체 설정</translation>
    </message>
</context>
<context>
    <name>OverdueWindow</name>
    <message>
        <source>&amp;Export message list…</source>
        <translation>안내 문자 명단 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>정렬(&amp;O):</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>합계를 내는 중…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Customers with a charge unpaid more than {grace} days after its due date. Enter opens the customer&apos;s card; select several with Shift or Ctrl and the arrow keys.</source>
        <translation>납부 기한이 지나고 {grace}일보다 오래 납부되지 않은 청구가 있는 고객입니다. Enter를 누르면 고객 카드가 열립니다. 여러 명을 고르려면 Shift나 Ctrl을 누른 채 화살표 키를 쓰십시오.</translation>
    </message>
    <message>
        <source>Export message list</source>
        <translation>안내 문자 명단 내보내기</translation>
    </message>
    <message>
        <source>For &amp;all overdue customers, not only the selected</source>
        <translation>선택한 고객만이 아니라 연체 고객 모두(&amp;A)</translation>
    </message>
    <message>
        <source>Left out, no mobile number: {names}.</source>
        <translation>휴대폰 번호가 없어 빠진 고객: {names}.</translation>
    </message>
    <message>
        <source>Most days overdue first</source>
        <translation>연체 일수가 긴 순</translation>
    </message>
    <message>
        <source>Most money overdue first</source>
        <translation>연체 금액이 큰 순</translation>
    </message>
    <message>
        <source>Nobody is overdue.</source>
        <translation>연체 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Overdue accounts</source>
        <translation>연체 고객</translation>
    </message>
    <message>
        <source>Payment reminders {date}.csv</source>
        <translation>미납 안내 문자 {date}.csv</translation>
    </message>
    <message>
        <source>Payment taken from {name}.</source>
        <translation>{name} 고객의 수납을 받았습니다.</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>세그먼트(&amp;G):</translation>
    </message>
    <message>
        <source>Print &amp;reminder letters…</source>
        <translation>미납 안내문 인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>미납 안내문</translation>
    </message>
    <message>
        <source>Reminder letters for {count} customers.</source>
        <translation>{count}명의 미납 안내문을 만들었습니다.</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>수납(&amp;P)…</translation>
    </message>
    <message>
        <source>{count} customers, {amount} overdue</source>
        <extracomment>The letters&apos; preview, once printed (kept so it stays open beside the list).</extracomment>
        <translation>{count}명, 연체 {amount}</translation>
    </message>
    <message>
        <source>{count} reminders saved to {file} and noted in each customer&apos;s contact log.</source>
        <translation>안내 문자 {count}건을 {file} 파일에 저장하고 고객마다 상담 기록에 남겼습니다.</translation>
    </message>
</context>
<context>
    <name>OwnerSettings</name>
    <message>
        <source>Changing these settings needs the owner: the owner approves with their PIN when you save.</source>
        <translation>이 설정을 바꾸려면 대표가 필요합니다. 저장할 때 대표가 PIN으로 승인합니다.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Until (last paused day)</source>
        <translation>종료일 (정지 마지막 날)(&amp;U)</translation>
    </message>
    <message>
        <source>Pause subscription</source>
        <translation>구독 일시정지</translation>
    </message>
    <message>
        <source>e.g. travelling abroad</source>
        <translation>예: 해외 여행</translation>
    </message>
    <message>
        <source>{contract} paused from {first} to {last}; nothing charged for those days.</source>
        <translation>{contract} 계약을 {first}부터 {last}까지 일시정지했습니다. 그 기간에는 청구하지 않습니다.</translation>
    </message>
    <message>
        <source>{days} days without deliveries or swaps; the term ends on {end}.</source>
        <translation>{days}일 동안 배송과 교환이 없습니다. 약정은 {end}에 끝납니다.</translation>
    </message>
    <message>
        <source>{rule}. A pause lasts at most {days} days.</source>
        <translation>{rule}. 일시정지는 최대 {days}일까지입니다.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source> (part)</source>
        <translation> (일부)</translation>
    </message>
    <message>
        <source>&amp;Amount (won)</source>
        <translation>금액(원)(&amp;A)</translation>
    </message>
    <message>
        <source>Points held</source>
        <translation>적립금 잔액</translation>
    </message>
    <message>
        <source>Points to &amp;use (1P = 1 won)</source>
        <translation>적립금 사용(1P = 1원)(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>결제 수단(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Owed now: {owed}; less {points} of points, to pay: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>지금 미납: {owed}, 적립금 {points} 사용 후 낼 금액: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A share is not an amount in won.</source>
        <translation>청구별 금액 중 원 단위 금액이 아닌 것이 있습니다.</translation>
    </message>
    <message>
        <source>Card a&amp;pproval no.</source>
        <translation>카드 승인번호(&amp;P)</translation>
    </message>
    <message>
        <source>Cash &amp;receipt no.</source>
        <translation>현금영수증 번호(&amp;R)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>청구</translation>
    </message>
    <message>
        <source>Choose which &amp;charges it pays and how much of each</source>
        <translation>낼 청구와 청구별 금액 직접 지정(&amp;C)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>청구일</translation>
    </message>
    <message>
        <source>Points used, {charge}</source>
        <translation>적립금 사용(할인) · {charge}</translation>
    </message>
    <message>
        <source>Left over, kept as credit: {amount}</source>
        <translation>남는 금액은 선수금으로 보관: {amount}</translation>
    </message>
    <message>
        <source>Points used, {count} more charges: {amount}</source>
        <translation>적립금 사용(할인) · 외 {count}건: {amount}</translation>
    </message>
    <message>
        <source>More than owed</source>
        <translation>미납보다 많은 금액</translation>
    </message>
    <message>
        <source>Next charge: {amount} on {date}</source>
        <translation>다음 청구: {date} {amount}</translation>
    </message>
    <message>
        <source>Nothing owed.</source>
        <translation>미납이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing owed; credit held: {amount}</source>
        <translation>미납 없음, 선수금 {amount}</translation>
    </message>
    <message>
        <source>Owed now: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>지금 미납: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>이번 수납</translation>
    </message>
    <message>
        <source>Pays off</source>
        <translation>갚는 항목</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>청구별 금액</translation>
    </message>
    <message>
        <source>Take a payment — {name}</source>
        <extracomment>Charges listed one a line under &quot;pays off&quot;; more are summed on the last line, so the window stays its size. The columns of the clerk&apos;s split: the charge, its due day, what is unpaid, and what this payment pays of it.</extracomment>
        <translation>수납 — {name}</translation>
    </message>
    <message>
        <source>The shares add up to {total} of the {amount} paid.</source>
        <translation>청구별 금액 합계 {total} / 받은 금액 {amount}</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>e.g. 39,000</source>
        <translation>예: 39,000</translation>
    </message>
    <message>
        <source>if a cash receipt was issued</source>
        <translation>현금영수증을 발급한 경우</translation>
    </message>
    <message>
        <source>the number on the card slip</source>
        <translation>카드 전표의 승인번호</translation>
    </message>
    <message>
        <source>{amount} is more than the {owed} owed. Keep the {rest} left over as credit for the next charges?</source>
        <translation>{amount}은 미납 {owed}보다 많습니다. 남는 {rest}을 선수금으로 보관하여 다음 청구에 쓸까요?</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>… and {count} more: {amount}</source>
        <translation>… 외 {count}건: {amount}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <extracomment>Called after each print or save with what was done: &quot;print&quot; or &quot;save&quot;. For a receipt: the printer this PC prints receipts on (&quot;&quot; for the one last printed with); None for any other paper.</extracomment>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>The file could not be saved to {path}: {reason}</source>
        <translation>{path}에 파일을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PhoneChangeDialog</name>
    <message>
        <source>Change phone — {name}</source>
        <translation>연락처 변경 — {name}</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>새 번호</translation>
    </message>
    <message>
        <source>No number for this any more</source>
        <translation>이 번호는 더 이상 없음</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Phones now: {phones}</source>
        <translation>지금 연락처: {phones}</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>적용일</translation>
    </message>
    <message>
        <source>Whose phone</source>
        <translation>누구의 번호</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>PIN (숫자 4~8자리)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>PIN 다시 입력(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits that others at the counter cannot guess, and type it twice. When the shop is opened, a recovery code for a forgotten PIN is shown once, to print.</source>
        <translation>카운터의 다른 사람이 짐작할 수 없는 숫자 4~8자리 PIN을 정해 두 번 입력합니다. 매장을 열면 PIN을 잊었을 때 쓰는 복구 코드가 한 번만 표시되니 인쇄해 둡니다.</translation>
    </message>
    <message>
        <source>The owner&apos;s PIN</source>
        <translation>대표 PIN</translation>
    </message>
    <message>
        <source>{owner} signs in at the counter with this PIN.</source>
        <translation>{owner} 님은 카운터에서 이 PIN으로 로그인합니다.</translation>
    </message>
</context>
<context>
    <name>PlanCatalogueDialog</name>
    <message>
        <source>&amp;Discount categories…</source>
        <translation>할인 항목(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>요금제 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>새 요금제(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>요금제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Schedule price change…</source>
        <translation>가격 변경 예약(&amp;S)…</translation>
    </message>
    <message>
        <source>Delivery or swap</source>
        <translation>배송·교환 주기</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>무료 체험</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Next price</source>
        <translation>다음 가격</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>판매 중</translation>
    </message>
    <message>
        <source>Plans and prices</source>
        <extracomment>How long typing may pause before the price-change preview follows it.</extracomment>
        <translation>요금제와 가격</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>오늘 가격</translation>
    </message>
    <message>
        <source>Show plans no longer &amp;offered</source>
        <translation>판매 중단한 요금제도 보기(&amp;O)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}일</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>{months} months: {percent}% off</source>
        <translation>{months}개월: {percent}% 할인</translation>
    </message>
    <message>
        <source>{price} from {date}</source>
        <translation>{date}부터 {price}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 할인</translation>
    </message>
    <message>
        <source>&amp;Delivery or swap</source>
        <translation>배송·교환 주기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Offered to new customers</source>
        <translation>신규 고객에게 판매(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>등급(&amp;T)</translation>
    </message>
    <message>
        <source>Contracts already signed keep the terms they were signed with. To change the price, schedule a price change from the catalogue.</source>
        <translation>이미 체결한 계약은 체결 당시 조건을 유지합니다. 가격을 바꾸려면 요금제 목록에서 가격 변경을 예약하세요.</translation>
    </message>
    <message>
        <source>De&amp;posit (won)</source>
        <translation>보증금 (원)(&amp;P)</translation>
    </message>
    <message>
        <source>Discount for {months} months</source>
        <translation>{months}개월 약정 할인</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>요금제 수정</translation>
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
        <source>New plan</source>
        <translation>새 요금제</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>무료 체험 없음</translation>
    </message>
    <message>
        <source>Ter&amp;ms</source>
        <translation>약정(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. 39,000</source>
        <translation>예: 39,000</translation>
    </message>
    <message>
        <source>e.g. 50,000</source>
        <translation>예: 50,000</translation>
    </message>
    <message>
        <source>e.g. Basic, Premium (optional)</source>
        <translation>예: 베이직, 프리미엄 (선택)</translation>
    </message>
    <message>
        <source>e.g. Rental Premium</source>
        <translation>예: 렌털 프리미엄</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
</context>
<context>
    <name>PlanSheetDialog</name>
    <message>
        <source>&amp;Prices on</source>
        <translation>기준일(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Show sheet</source>
        <translation>비교표 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Every plan on offer with what it includes, its terms and discounts, the monthly fee, deposit and trial, at the prices in effect on the day chosen: what a contract signed that day says.</source>
        <translation>판매 중인 모든 요금제의 제공 내용, 계약 기간과 할인, 월 이용료, 보증금, 무료 체험을 고른 날의 요금으로 보여 줍니다. 그날 계약하면 계약서에 적히는 내용과 같습니다.</translation>
    </message>
    <message>
        <source>Plan comparison sheet</source>
        <translation>요금제 비교표</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>&amp;Open the shop</source>
        <translation>매장 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Every plan can be changed later under Shop › Plans and prices.</source>
        <translation>모든 요금제는 나중에 매장 › 요금제와 가격에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Importing plans from a spreadsheet is not built yet. Until it is, add plans one by one under Shop › Plans and prices.</source>
        <translation>스프레드시트에서 요금제를 가져오는 기능은 아직 없습니다. 그때까지는 매장 › 요금제와 가격에서 하나씩 추가합니다.</translation>
    </message>
    <message>
        <source>Monthly fee (won)</source>
        <translation>월 요금 (원)</translation>
    </message>
    <message>
        <source>No plans now: add or import them &amp;later</source>
        <translation>지금은 요금제 없이 시작하고 나중에 추가하거나 가져오기(&amp;L)</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>요금제 이름</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Start with three sa&amp;mple plans (name and monthly fee can be edited)</source>
        <translation>예시 요금제 3개로 시작(&amp;M) (이름과 월 요금은 여기서 고칠 수 있습니다)</translation>
    </message>
    <message>
        <source>deposit {amount}</source>
        <translation>보증금 {amount}</translation>
    </message>
    <message>
        <source>{days}-day trial</source>
        <translation>{days}일 체험</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>{months} months {percent}% off</source>
        <translation>{months}개월 {percent}% 할인</translation>
    </message>
</context>
<context>
    <name>PointsHolderModel</name>
    <message>
        <source>Customer no.</source>
        <translation>고객 번호</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>적립금</translation>
    </message>
</context>
<context>
    <name>PointsSettingsDialog</name>
    <message>
        <source>&amp;Earned per paid month (% of the fee)</source>
        <translation>납부한 달마다 적립(이용료의 %)(&amp;E)</translation>
    </message>
    <message>
        <source>0 to {maximum} %. Earned once when a month&apos;s fee is fully paid, however it was paid.</source>
        <translation>0~{maximum}%. 한 달 이용료가 모두 납부되면 납부 방법과 관계없이 한 번 적립됩니다.</translation>
    </message>
    <message>
        <source>0 to {maximum}; 0: never. The oldest points are used first.</source>
        <translation>0~{maximum}, 0이면 소멸하지 않습니다. 가장 오래된 적립금부터 사용됩니다.</translation>
    </message>
    <message>
        <source>Points are not earned now. Turned on, they are earned from that day: payments made before it earn none.</source>
        <translation>지금은 적립하지 않습니다. 켜면 그날부터 적립하며, 그 전의 수납에는 적립하지 않습니다.</translation>
    </message>
    <message>
        <source>Saved at 0, earning stops: fees paid off while it is off never earn, and turned on again it earns from that day.</source>
        <translation>0으로 저장하면 적립을 멈춥니다. 꺼져 있는 동안 완납된 요금은 적립하지 않으며, 다시 켜면 그날부터 적립합니다.</translation>
    </message>
    <message>
        <source>Saved, points are earned from today, {day}. Fees paid off before it earn none, not even at the customer&apos;s next payment.</source>
        <translation>저장하면 오늘, {day}부터 적립합니다. 그 전에 완납된 요금은 고객이 다음에 수납해도 적립하지 않습니다.</translation>
    </message>
    <message>
        <source>Points are earned from {day}: fees paid off before that day earn none.</source>
        <translation>{day}부터 적립합니다. 그 전에 완납된 요금은 적립하지 않습니다.</translation>
    </message>
    <message>
        <source>E&amp;xpire after (months)</source>
        <translation>소멸 기간(개월)(&amp;X)</translation>
    </message>
    <message>
        <source>Given to both when the new customer&apos;s first subscription is signed with the code.</source>
        <translation>새 고객이 추천인 코드로 첫 구독을 계약하면 두 고객 모두에게 지급됩니다.</translation>
    </message>
    <message>
        <source>Points settings</source>
        <translation>적립금 설정</translation>
    </message>
    <message>
        <source>Reward to the &amp;new customer (points)</source>
        <translation>새 고객 보상(적립금)(&amp;N)</translation>
    </message>
    <message>
        <source>Reward to the &amp;referrer (points)</source>
        <translation>추천한 고객 보상(적립금)(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PointsWindow</name>
    <message>
        <source>&amp;Grant points…</source>
        <translation>적립금 지급(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Use points for a charge…</source>
        <translation>청구에 적립금 사용(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>항목 취소(&amp;V)…</translation>
    </message>
    <message>
        <source>1 point = 1 won; used points are a discount on the charge, not a payment.</source>
        <translation>1포인트는 1원이며, 사용한 적립금은 입금이 아니라 청구 할인으로 처리됩니다.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>적립금</translation>
    </message>
    <message>
        <source>Points balance: {points}</source>
        <translation>적립금 잔액: {points}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Voided: {why}</source>
        <translation>취소됨: {why}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>&amp;Takes effect on</source>
        <translation>적용일(&amp;T)</translation>
    </message>
    <message>
        <source>Already scheduled: {price} from {date}.</source>
        <translation>이미 예약됨: {date}부터 {price}</translation>
    </message>
    <message>
        <source>Enter the day the price takes effect to see whom it reaches.</source>
        <translation>새 가격이 적용되는 날짜를 입력하면 적용 대상이 표시됩니다.</translation>
    </message>
    <message>
        <source>Enter the new price to see whom it reaches.</source>
        <translation>새 가격을 입력하면 적용 대상이 표시됩니다.</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>New monthly &amp;price (won)</source>
        <translation>새 월 이용료 (원)(&amp;P)</translation>
    </message>
    <message>
        <source>No running contract renews while this price is in effect.</source>
        <translation>이 가격이 적용되는 동안 갱신하는 계약이 없습니다.</translation>
    </message>
    <message>
        <source>Schedule a price change</source>
        <translation>가격 변경 예약</translation>
    </message>
    <message>
        <source>Signed contracts keep their price until they are renewed; the new price reaches each subscriber at their renewal on or after the date, and they must be told beforehand.</source>
        <translation>체결한 계약은 갱신할 때까지 가격이 그대로입니다. 새 가격은 적용일 이후 각 구독자의 갱신 때부터 적용되며, 그 전에 미리 안내해야 합니다.</translation>
    </message>
    <message>
        <source>Who it reaches</source>
        <translation>적용 대상</translation>
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
        <source>{count} renew too soon to be told in time.</source>
        <translation>{count}명은 갱신이 너무 가까워 기한 안에 안내할 수 없습니다.</translation>
    </message>
    <message>
        <source>{count} subscribers, each at their renewal. Tell them {days} days ahead; the first by {date}.</source>
        <translation>구독자 {count}명, 각자 갱신 때부터 적용. {days}일 전까지 안내해야 하며, 첫 안내 기한은 {date}입니다.</translation>
    </message>
    <message>
        <source>{plan}: {price} a month today.</source>
        <translation>{plan}: 현재 월 {price}</translation>
    </message>
</context>
<context>
    <name>PriceNoticeDialog</name>
    <message>
        <source>&amp;Only subscribers not told yet</source>
        <translation>아직 안내하지 않은 구독자만(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record notice…</source>
        <translation>안내 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Subscribers to tell</source>
        <translation>안내할 구독자(&amp;S)</translation>
    </message>
    <message>
        <source>A new price reaches each subscriber at their renewal. Tell them by the date shown, then record how they were told.</source>
        <translation>새 가격은 각 구독자의 갱신 때부터 적용됩니다. 표시된 날짜까지 안내하고, 어떻게 안내했는지 기록하세요.</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>고객 열기(&amp;U)</translation>
    </message>
    <message>
        <source>Price-change notices</source>
        <translation>가격 변경 안내</translation>
    </message>
    <message>
        <source>{count} subscribers still to be told</source>
        <translation>아직 안내하지 않은 구독자 {count}명</translation>
    </message>
</context>
<context>
    <name>PriceNoticeModel</name>
    <message>
        <source> (late)</source>
        <translation> (기한 지남)</translation>
    </message>
    <message>
        <source> (told late)</source>
        <translation> (기한 후 안내)</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>적용 시작</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약서</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>아직</translation>
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
        <source>Tell by</source>
        <extracomment>The colour of error messages (``forms.ERROR_STYLE``), for a tell-by date already past.</extracomment>
        <translation>안내 기한</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>{notice} (recorded by {staff})</source>
        <translation>{notice} (기록: {staff})</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Account statement</source>
        <translation>거래 내역서</translation>
    </message>
    <message>
        <source>Change confirmation</source>
        <translation>변경 확인서</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>계약서</translation>
    </message>
    <message>
        <source>Contract change confirmation</source>
        <translation>계약 변경 확인서</translation>
    </message>
    <message>
        <source>Pre-contract information sheet</source>
        <translation>계속거래 사전 고지서</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>발행 문서</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>The document was not issued</source>
        <translation>문서를 발행하지 못했습니다</translation>
    </message>
    <message>
        <source>The stored copy of {number} no longer matches the file that was issued, so it is not shown as the original. Issue the document again; the damaged record stays for review.</source>
        <translation>저장된 {number} 문서가 발행 당시 파일과 달라 원본으로 보여 드릴 수 없습니다. 문서를 다시 발행하세요. 손상된 기록은 확인을 위해 남겨 둡니다.</translation>
    </message>
    <message>
        <source>{number} · version {version} · issued {when} by {who}</source>
        <extracomment>What a clerk needs to tell one printed paper from another (the file&apos;s hash stays in the audit, not on screen).</extracomment>
        <translation>{number} · {version}판 · {when} {who} 발행</translation>
    </message>
</context>
<context>
    <name>ProspectListModel</name>
    <message>
        <source>Follow up on</source>
        <translation>다시 연락할 날</translation>
    </message>
    <message>
        <source>Heard of us</source>
        <translation>알게 된 경로</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>관심 내용</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록일</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>ProspectsDialog</name>
    <message>
        <source>&amp;Declined…</source>
        <translation>가입 안 함(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Joined: register…</source>
        <translation>가입 등록(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>상담 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;New prospect…</source>
        <translation>새 가망 고객(&amp;N)…</translation>
    </message>
    <message>
        <source>Already a customer: lin&amp;k…</source>
        <translation>기존 고객과 연결(&amp;K)…</translation>
    </message>
    <message>
        <source>Joined, by where they heard of us: {rates}</source>
        <translation>경로별 가입 전환율: {rates}</translation>
    </message>
    <message>
        <source>No prospects recorded yet.</source>
        <translation>아직 기록된 가망 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Prospects: inquiries and trial users</source>
        <translation>가망 고객: 문의·체험 고객</translation>
    </message>
    <message>
        <source>{source} {percent}% ({joined} of {total})</source>
        <translation>{source} {percent}% ({total}명 중 {joined}명)</translation>
    </message>
</context>
<context>
    <name>RatingListModel</name>
    <message>
        <source>About</source>
        <translation>관련</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록일시</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>주소 불명</translation>
    </message>
    <message>
        <source>Addressee moved</source>
        <translation>수취인 이사</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>배송 중 파손</translation>
    </message>
    <message>
        <source>Delivery came back</source>
        <translation>배송 반송</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>배송 실패</translation>
    </message>
    <message>
        <source>Each goes on the follow-up list.</source>
        <translation>각 배송은 후속 조치 목록에 올라갑니다.</translation>
    </message>
    <message>
        <source>Nobody at home</source>
        <translation>수취인 부재</translation>
    </message>
    <message>
        <source>Refused by the addressee</source>
        <translation>수취인 거부</translation>
    </message>
    <message>
        <source>The customer no longer lives &amp;there: hold their next deliveries until the new address is known</source>
        <translation>고객이 더 이상 그 주소에 살지 않음: 새 주소를 알 때까지 다음 배송을 보류합니다(&amp;T)</translation>
    </message>
    <message>
        <source>the courier&apos;s note</source>
        <translation>택배사 메모</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinterDialog</name>
    <message>
        <source>&amp;80 mm receipt roll (receipt printer)</source>
        <translation>80mm 영수증 롤 용지(영수증 프린터)(&amp;8)</translation>
    </message>
    <message>
        <source>&amp;A4 sheet</source>
        <translation>A4 용지(&amp;A)</translation>
    </message>
    <message>
        <source>An 80 mm receipt is one page 80 mm wide (72 mm printed) and as long as the receipt; the receipt printer&apos;s own driver feeds and cuts the paper.</source>
        <translation>80mm 영수증은 폭 80mm(인쇄 폭 72mm), 길이는 영수증 내용만큼인 한 장으로 인쇄됩니다. 용지 공급과 절단은 영수증 프린터의 드라이버가 합니다.</translation>
    </message>
    <message>
        <source>For this PC only: each counter may have its own receipt printer.</source>
        <translation>이 PC에만 적용됩니다. 계산대마다 영수증 프린터를 따로 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>프린터(&amp;R):</translation>
    </message>
    <message>
        <source>Print receipts on:</source>
        <translation>영수증 용지:</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <source>The printer last printed with</source>
        <translation>마지막으로 인쇄한 프린터</translation>
    </message>
    <message>
        <source>{name} (not found now)</source>
        <translation>{name} (지금은 찾을 수 없음)</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <source>About</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Advertising is planned for this time of day unless the owner says otherwise.</extracomment>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>RecordPriceNoticeDialog</name>
    <message>
        <source>&amp;How</source>
        <translation>안내 방법(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Record a price-change notice</source>
        <translation>가격 변경 안내 기록</translation>
    </message>
    <message>
        <source>The customer &amp;acknowledged the new price</source>
        <translation>고객이 새 가격을 확인함(&amp;A)</translation>
    </message>
    <message>
        <source>Told &amp;on</source>
        <translation>안내한 날(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. will decide at renewal (optional)</source>
        <translation>예: 갱신 때 결정하겠다고 함 (선택)</translation>
    </message>
    <message>
        <source>{customer}, contract {contract}: {plan} goes from {old} to {new} from {date}. Tell by {tell_by}.</source>
        <translation>{customer}, 계약 {contract}: {plan} 가격이 {date}부터 {old}에서 {new}(으)로 바뀝니다. 안내 기한 {tell_by}</translation>
    </message>
</context>
<context>
    <name>RecoverOwnerPinDialog</name>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>PIN 다시 입력(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>새 PIN(&amp;P)</translation>
    </message>
    <message>
        <source>New owner PIN</source>
        <translation>새 대표 PIN</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>복구 코드(&amp;C)</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the owner&apos;s PIN was set, and a new PIN.</source>
        <translation>대표 PIN을 정할 때 인쇄한 복구 코드와 새 PIN을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>If the owner&apos;s PIN is ever forgotten, this code sets a new one. It is shown only now: print it or write it down, and keep it away from the counter.</source>
        <translation>대표 PIN을 잊어버리면 이 코드로 새 PIN을 정합니다. 지금 한 번만 표시됩니다. 인쇄하거나 적어서 카운터와 떨어진 곳에 보관하십시오.</translation>
    </message>
    <message>
        <source>Owner&apos;s recovery code</source>
        <translation>대표 복구 코드</translation>
    </message>
    <message>
        <source>Sets a new owner PIN when it is forgotten. Keep it away from the counter.</source>
        <translation>대표 PIN을 잊어버렸을 때 새 PIN을 정합니다. 카운터와 떨어진 곳에 보관하십시오.</translation>
    </message>
    <message>
        <source>ToySub Desktop — owner&apos;s recovery code</source>
        <translation>토이구독 데스크톱 — 대표 복구 코드</translation>
    </message>
</context>
<context>
    <name>ReferralsWindow</name>
    <message>
        <source>Customers referred</source>
        <translation>추천으로 가입한 고객</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>추천 현황</translation>
    </message>
    <message>
        <source>Referrers (Enter shows one on the card)</source>
        <translation>추천한 고객 (Enter를 누르면 고객 카드에 표시)</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}년 {month}월</translation>
    </message>
</context>
<context>
    <name>ReferrersModel</name>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근 추천일</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>추천 수</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>추천한 고객</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Amount (won)</source>
        <translation>금액(원)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>환불 방법(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What is refunded</source>
        <translation>환불 대상(&amp;W)</translation>
    </message>
    <message>
        <source>Contract {contract} has ended and all its items are back: its deposit of {amount} is due to be given back. Refund it now?</source>
        <translation>계약 {contract}이 끝났고 품목이 모두 반납되었습니다. 보증금 {amount}을 돌려드려야 합니다. 지금 환불하시겠습니까?</translation>
    </message>
    <message>
        <source>Credit held: {amount}</source>
        <translation>선수금: {amount}</translation>
    </message>
    <message>
        <source>Credit held: {credit} · deposit held: {deposit}. A refund needs a manager or the owner.</source>
        <translation>선수금 {credit} · 보관 보증금 {deposit}. 환불은 매니저나 대표만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Deposit of {contract} ({plan}): {amount} held</source>
        <translation>{contract} ({plan}) 보증금: {amount} 보관</translation>
    </message>
    <message>
        <source>Deposit refund due</source>
        <translation>보증금 환불 대상</translation>
    </message>
    <message>
        <source>Not yet: the contract serves until {date}.</source>
        <translation>아직 안 됩니다: 계약이 {date}까지 이어집니다.</translation>
    </message>
    <message>
        <source>Not yet: {count} item(s) are still out.</source>
        <translation>아직 안 됩니다: 반납되지 않은 품목이 {count}개 있습니다.</translation>
    </message>
    <message>
        <source>Nothing to refund: no credit, no deposit held</source>
        <translation>환불할 것이 없습니다: 선수금도 보관 보증금도 없습니다</translation>
    </message>
    <message>
        <source>Print a receipt for this refund of {amount}?</source>
        <translation>환불한 {amount}의 영수증을 인쇄하시겠습니까?</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Refund — {name}</source>
        <translation>환불 — {name}</translation>
    </message>
    <message>
        <source>The customer agrees that the unpaid {amount} comes off the deposit</source>
        <translation>미납 {amount}을 보증금에서 빼는 데 고객이 동의했습니다</translation>
    </message>
    <message>
        <source>Unpaid fees</source>
        <translation>미납 요금</translation>
    </message>
    <message>
        <source>e.g. 39,000</source>
        <translation>예: 39,000</translation>
    </message>
    <message>
        <source>e.g. moved away, overpaid</source>
        <translation>예: 이사, 초과 입금</translation>
    </message>
    <message>
        <source>{held} handed back whole.</source>
        <translation>{held}을 모두 돌려드립니다.</translation>
    </message>
    <message>
        <source>{held} handed back whole; the {unpaid} unpaid stays owed.</source>
        <translation>{held}을 모두 돌려드리고, 미납 {unpaid}은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>{held} held − {deducted} unpaid fees = {refund} to hand back.</source>
        <translation>보관 {held} − 미납 요금 {deducted} = 돌려드릴 금액 {refund}</translation>
    </message>
    <message>
        <source>{payment} of {date}: {amount} unused</source>
        <translation>{date} {payment}: 남은 금액 {amount}</translation>
    </message>
</context>
<context>
    <name>ReleaseHoldDialog</name>
    <message>
        <source>&amp;How reached</source>
        <translation>연락 방법(&amp;H)</translation>
    </message>
    <message>
        <source>How the customer was reached, e.g. called the spouse&apos;s phone</source>
        <translation>고객과 연락한 방법, 예: 배우자 번호로 통화</translation>
    </message>
    <message>
        <source>Release hold — {name}</source>
        <translation>보류 해제 — {name}</translation>
    </message>
    <message>
        <source>Release only when the address or number on record is right after all. If they moved or changed numbers, record the change on the customer instead: the hold ends by itself.</source>
        <translation>기록된 주소나 번호가 맞는 것으로 확인된 경우에만 해제하세요. 이사했거나 번호를 바꿨다면 고객 정보에 변경을 기록하세요. 보류는 저절로 끝납니다.</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>&amp;Payment</source>
        <translation>결제 수단(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>갱신(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>약정 기간(&amp;T)</translation>
    </message>
    <message>
        <source>A new contract from {start} at the price in effect that day, {price} a month: {fee} a month after discounts, {total} over {months} months.</source>
        <translation>{start}부터 새 계약: 그날 적용되는 가격 월 {price}, 할인 후 월 {fee}, {months}개월 합계 {total}</translation>
    </message>
    <message>
        <source>Renew subscription</source>
        <translation>구독 갱신</translation>
    </message>
    <message>
        <source>{contract} renewed.</source>
        <translation>{contract} 계약을 갱신했습니다.</translation>
    </message>
    <message>
        <source>{contract} renewed: a new contract from {start}, {fee} a month.</source>
        <translation>{contract} 계약을 갱신했습니다. 새 계약은 {start}부터이며 월 {fee}입니다.</translation>
    </message>
    <message>
        <source>{months} months</source>
        <extracomment>The new contract&apos;s first day and monthly fee, as last previewed.</extracomment>
        <translation>{months}개월</translation>
    </message>
</context>
<context>
    <name>RentalDialogs</name>
    <message>
        <source>Lending suspended: an item is {days} days overdue.</source>
        <translation>대여 정지: {days}일 연체된 품목이 있습니다.</translation>
    </message>
    <message>
        <source>No running rental or unlimited subscription: cannot borrow.</source>
        <translation>이용 중인 렌털·무제한 구독이 없어 대여할 수 없습니다.</translation>
    </message>
    <message>
        <source>damage and loss fees {amount}</source>
        <translation>파손·분실 변상료 {amount}</translation>
    </message>
    <message>
        <source>late fees {amount}</source>
        <translation>연체료 {amount}</translation>
    </message>
    <message>
        <source>{count} items lent.</source>
        <translation>{count}개 대여했습니다.</translation>
    </message>
    <message>
        <source>{count} items out, late fees so far {fees}</source>
        <translation>대여 중 {count}개, 현재까지 연체료 {fees}</translation>
    </message>
    <message>
        <source>{count} items returned, {charges} charged.</source>
        <translation>{count}개 반납, {charges} 청구했습니다.</translation>
    </message>
    <message>
        <source>{count} items returned.</source>
        <translation>{count}개 반납했습니다.</translation>
    </message>
    <message>
        <source>{name} ({months} months)</source>
        <translation>{name} ({months}개월)</translation>
    </message>
</context>
<context>
    <name>RentalSettingsDialog</name>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source> days at most</source>
        <translation>일까지</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation>일 넘게 연체 시</translation>
    </message>
    <message>
        <source> won a day per item</source>
        <translation>원 (품목당 하루)</translation>
    </message>
    <message>
        <source>% of the toy&apos;s value</source>
        <translation>% (장난감 가액 대비)</translation>
    </message>
    <message>
        <source>&amp;Damage fee</source>
        <translation>파손 변상료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Late fee</source>
        <translation>연체료(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Suspend lending after</source>
        <translation>대여 정지 기준(&amp;S)</translation>
    </message>
    <message>
        <source>A customer with an item overdue by more than this cannot borrow until it comes back. 0 suspends as soon as anything is overdue.</source>
        <translation>이 일수보다 오래 연체된 품목이 있는 고객은 반납할 때까지 대여할 수 없습니다. 0이면 연체가 생기는 즉시 정지됩니다.</translation>
    </message>
    <message>
        <source>L&amp;oan period</source>
        <translation>대여 기간(&amp;O)</translation>
    </message>
    <message>
        <source>Late fee &amp;cap</source>
        <translation>연체료 상한(&amp;C)</translation>
    </message>
    <message>
        <source>Rental settings</source>
        <translation>대여 설정</translation>
    </message>
    <message>
        <source>Suggested for a damaged item or missing parts; a lost item costs its whole value.</source>
        <translation>파손되었거나 부품이 빠진 품목에 제안되는 금액입니다. 분실한 품목은 가액 전부를 받습니다.</translation>
    </message>
    <message>
        <source>Toy libraries commonly charge 500 won a day per item, for at most 15 days.</source>
        <translation>장난감 도서관은 보통 품목당 하루 500원, 최대 15일까지 연체료를 받습니다.</translation>
    </message>
</context>
<context>
    <name>RentalsTab</name>
    <message>
        <source>&amp;Finish cleaning/repair</source>
        <translation>세척·수리 완료(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>대여(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>더보기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>반납(&amp;R)…</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>전체 품목</translation>
    </message>
    <message>
        <source>Cus&amp;tomer&apos;s rentals…</source>
        <translation>고객 대여 현황(&amp;T)…</translation>
    </message>
    <message>
        <source>In cleaning ({count})</source>
        <translation>세척 중 ({count})</translation>
    </message>
    <message>
        <source>In repair ({count})</source>
        <translation>수리 중 ({count})</translation>
    </message>
    <message>
        <source>No item has the barcode {barcode}.</source>
        <translation>바코드 {barcode}인 품목이 없습니다.</translation>
    </message>
    <message>
        <source>No toys yet. Add toys and label their items under Shop ▸ Toys and items…, then scan one here.</source>
        <translation>장난감이 아직 없습니다. 매장 ▸ 장난감과 품목…에서 장난감을 등록하고 품목 라벨을 붙인 뒤 여기서 스캔하세요.</translation>
    </message>
    <message>
        <source>On loan ({count})</source>
        <translation>대여 중 ({count})</translation>
    </message>
    <message>
        <source>On the shelf ({count})</source>
        <translation>대여 가능 ({count})</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>연체 ({count})</translation>
    </message>
    <message>
        <source>Re&amp;tire item…</source>
        <translation>품목 폐기(&amp;T)…</translation>
    </message>
    <message>
        <source>Rentals</source>
        <translation>대여</translation>
    </message>
    <message>
        <source>Reser&amp;ve…</source>
        <translation>예약(&amp;V)…</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>품목 폐기</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>보기(&amp;K):</translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation>교환(&amp;W)…</translation>
    </message>
    <message>
        <source>Sc&amp;an or find:</source>
        <translation>스캔/검색(&amp;A):</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a toy name or its initials (ㅈㅅㅂㄹ)</source>
        <translation>바코드를 스캔하거나 장난감 이름 또는 초성(ㅈㅅㅂㄹ)을 입력하세요</translation>
    </message>
    <message>
        <source>Scan an item or choose one in the list.</source>
        <translation>품목을 스캔하거나 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Send to &amp;cleaning</source>
        <translation>세척 보내기(&amp;C)</translation>
    </message>
    <message>
        <source>Send to &amp;repair</source>
        <translation>수리 보내기(&amp;R)</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>예약분 보관</translation>
    </message>
    <message>
        <source>Set aside for reservations ({count})</source>
        <translation>예약 보관 ({count})</translation>
    </message>
    <message>
        <source>Show the &amp;customer</source>
        <translation>고객 보기(&amp;C)</translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation>어떤 작업이 필요한지 입력하세요.</translation>
    </message>
    <message>
        <source>Why is {item} retired?</source>
        <translation>{item}을(를) 폐기하는 이유를 입력하세요.</translation>
    </message>
    <message>
        <source>{item} is set aside for {child} ({customer}). Call the customer.</source>
        <translation>{item}을(를) {child} ({customer}) 예약분으로 보관했습니다. 고객에게 연락하세요.</translation>
    </message>
</context>
<context>
    <name>ReopenDayDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>Re-open a closed day</source>
        <translation>마감 다시 열기</translation>
    </message>
    <message>
        <source>e.g. a card payment left out</source>
        <translation>예: 카드 결제 누락</translation>
    </message>
    <message>
        <source>{day} was closed. Re-opened, money can be recorded on it again and it is closed anew; the earlier close is kept, marked as re-opened with your reason.</source>
        <translation>{day}은(는) 마감된 날짜입니다. 다시 열면 이날에 다시 수납을 기록할 수 있고 새로 마감합니다. 이전 마감 기록은 입력한 사유와 함께 &apos;다시 열림&apos;으로 남습니다.</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Reserve a toy</source>
        <translation>장난감 예약</translation>
    </message>
    <message>
        <source>{toy} · {ages} · {available} on the shelf, {waiting} waiting</source>
        <translation>{toy} · {ages} · 대여 가능 {available}개, 대기 {waiting}명</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <source>&amp;How it was resolved</source>
        <translation>해결 내용(&amp;H)</translation>
    </message>
    <message>
        <source>Complaint of {when} ({who}): {note}</source>
        <translation>{when} 접수된 불만({who}): {note}</translation>
    </message>
    <message>
        <source>Resolve complaint — {name}</source>
        <translation>불만 해결 — {name}</translation>
    </message>
    <message>
        <source>e.g. sent the missing block, 10% off the next box</source>
        <translation>예: 빠진 블록 발송, 다음 상자 10% 할인</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Backups of this database, newest first:</source>
        <translation>이 데이터베이스의 백업 (최근 순)(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Keep the newest backups (on this PC):</source>
        <translation>보관할 최근 백업 수 (이 PC)(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>이 백업으로 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. Everything recorded after it is replaced by the copy; the database as it is now is backed up first, so this can be undone.

Database: {database}
Backups: {folder}</source>
        <translation>되돌아갈 백업을 선택하세요. 그 이후에 기록된 모든 내용은 백업의 내용으로 바뀝니다. 지금 상태의 데이터베이스를 먼저 백업하므로 나중에 되돌릴 수 있습니다.

데이터베이스: {database}
백업 폴더: {folder}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <extracomment>A finished check: the copy made (a ``Path``), ``None`` when today&apos;s copy already existed, or the ``DatabaseProblem`` that stopped it.</extracomment>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Restore the database to the backup made at {when}?

{file}

Everything recorded after that moment is replaced. The database as it is now is backed up first. The counter window closes and opens again on the restored database.</source>
        <translation>{when}에 만든 백업으로 데이터베이스를 복원하시겠습니까?

{file}

그 이후에 기록된 모든 내용이 바뀝니다. 지금 상태의 데이터베이스를 먼저 백업합니다. 카운터 창이 닫힌 뒤 복원된 데이터베이스로 다시 열립니다.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>이 데이터베이스의 백업이 아직 없습니다.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Paused {first} ~ {last}</source>
        <translation>일시정지 {first} ~ {last}</translation>
    </message>
    <message>
        <source>Resume early</source>
        <translation>조기 재개</translation>
    </message>
    <message>
        <source>Service &amp;back from</source>
        <translation>서비스 재개일(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return toys</source>
        <translation>장난감 반납</translation>
    </message>
    <message>
        <source>Scan each item and check it: a clean item goes back on the shelf or to the first child waiting, a dirty one to cleaning, a damaged one or one with missing parts to repair. A lost item costs its value.</source>
        <translation>품목을 하나씩 스캔하고 상태를 확인하세요. 깨끗한 품목은 대여 가능으로 돌아가거나 첫 번째 대기 자녀에게 보관되고, 더러운 품목은 세척, 파손되었거나 부품이 빠진 품목은 수리로 갑니다. 분실한 품목은 가액을 받습니다.</translation>
    </message>
</context>
<context>
    <name>ReturnSection</name>
    <message>
        <source>&amp;Returned items</source>
        <translation>반납 품목(&amp;R)</translation>
    </message>
    <message>
        <source>Borrowed by</source>
        <translation>대여자</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>연체 일수</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>반납 예정일</translation>
    </message>
    <message>
        <source>Fee (won)</source>
        <translation>변상료 (원)</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>연체료</translation>
    </message>
    <message>
        <source>Scan each item handed back</source>
        <extracomment>The fee the clerk typed; None for the suggested one.</extracomment>
        <translation>반납받은 품목을 하나씩 스캔하세요</translation>
    </message>
    <message>
        <source>Up and Down choose a row; Tab goes to its condition, and Enter there comes back here</source>
        <translation>위·아래 화살표로 행을 고르고, Tab으로 상태로 가서 Enter를 누르면 여기로 돌아옵니다</translation>
    </message>
    <message>
        <source>{count} items · late fees {late} · damage and loss {fees} · total {total}</source>
        <translation>{count}개 · 연체료 {late} · 파손·분실 변상료 {fees} · 합계 {total}</translation>
    </message>
    <message>
        <source>{item} is already in the list.</source>
        <translation>{item}은(는) 이미 목록에 있습니다.</translation>
    </message>
</context>
<context>
    <name>RiskListModel</name>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>마지막 연락</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>연락할 이유</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <source>Delete removes the selected item from the list</source>
        <translation>Delete 키로 선택한 품목을 목록에서 뺍니다</translation>
    </message>
    <message>
        <source>Scan a barcode, or type it and press Enter</source>
        <translation>바코드를 스캔하거나 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>{item} is already in the list.</source>
        <translation>{item}은(는) 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <source>{item} is {state}.</source>
        <translation>{item}: {state} 상태입니다.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>&amp;Up to</source>
        <translation>마지막 날짜(&amp;U)</translation>
    </message>
    <message>
        <source>Boxes and rental swaps of every running subscription are scheduled from today to the day below. Packed and shipped deliveries are never changed.</source>
        <translation>진행 중인 모든 구독의 박스와 렌털 교환을 오늘부터 아래 날짜까지 일정에 넣습니다. 포장했거나 발송한 배송은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Schedule deliveries</source>
        <translation>배송 일정 만들기</translation>
    </message>
</context>
<context>
    <name>SegmentBox</name>
    <message>
        <source>All customers</source>
        <translation>모든 고객</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count}명</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>&amp;District</source>
        <translation>시/군/구(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Marketing consent</source>
        <translation>마케팅 동의(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>시/도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>결제액(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tenure</source>
        <translation>이용 기간(&amp;T)</translation>
    </message>
    <message>
        <source>Agreed to marketing</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>전체 지역</translation>
    </message>
    <message>
        <source>Children&apos;s &amp;ages</source>
        <translation>자녀 나이(&amp;A)</translation>
    </message>
    <message>
        <source>Did not agree</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>상관없음</translation>
    </message>
    <message>
        <source>Membership t&amp;ier</source>
        <translation>회원 등급(&amp;I)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>새 세그먼트</translation>
    </message>
    <message>
        <source>Not counted: {problem}</source>
        <translation>세지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>Running &amp;plan</source>
        <translation>이용 중인 요금제(&amp;P)</translation>
    </message>
    <message>
        <source>Segment — {name}</source>
        <translation>세그먼트 — {name}</translation>
    </message>
    <message>
        <source>The shop has no membership tiers (set them under Loyalty → Tiers)</source>
        <translation>매장에 회원 등급이 없습니다 (회원·분석 → 회원 등급에서 정합니다)</translation>
    </message>
    <message>
        <source>city, county or district as the address has it, e.g. Gangnam-gu, Seocho-gu</source>
        <translation>주소의 시/군/구, 예: 강남구, 서초구</translation>
    </message>
    <message>
        <source>e.g. toddlers in Mapo</source>
        <translation>예: 마포구 영유아</translation>
    </message>
    <message>
        <source>from</source>
        <translation>부터</translation>
    </message>
    <message>
        <source>months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>months, e.g. 12-36 or 0-11, 24-36; empty: any age</source>
        <translation>개월 수, 예: 12-36 또는 0-11, 24-36 (비우면 나이 무관)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>까지</translation>
    </message>
    <message>
        <source>won in the last 12 months</source>
        <translation>원 (최근 12개월 결제액)</translation>
    </message>
    <message>
        <source>{count} customers match today.</source>
        <translation>오늘 기준 {count}명이 해당합니다.</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Customers</source>
        <translation>고객 수</translation>
    </message>
    <message>
        <source>Segment</source>
        <extracomment>How long the editor waits after a keystroke before counting again.</extracomment>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>children {bands} months</source>
        <extracomment>Counts by segment id and version, once counted.</extracomment>
        <translation>자녀 {bands}개월</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>모든 고객</translation>
    </message>
    <message>
        <source>marketing: agreed</source>
        <translation>마케팅 동의</translation>
    </message>
    <message>
        <source>marketing: not agreed</source>
        <translation>마케팅 미동의</translation>
    </message>
    <message>
        <source>paid {low}+ a year</source>
        <translation>연간 결제 {low} 이상</translation>
    </message>
    <message>
        <source>paid {low}–{high} a year</source>
        <translation>연간 결제 {low}–{high}</translation>
    </message>
    <message>
        <source>tier {names}</source>
        <translation>등급 {names}</translation>
    </message>
    <message>
        <source>with us {low}+ months</source>
        <translation>이용 {low}개월 이상</translation>
    </message>
    <message>
        <source>with us {low}–{high} months</source>
        <translation>이용 {low}–{high}개월</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>새 세그먼트(&amp;N)…</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>고객 세그먼트</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the segment {name}? It stays on record, and leaves the lists.</source>
        <translation>{name} 세그먼트를 삭제하시겠습니까? 기록은 남고 목록에서만 빠집니다.</translation>
    </message>
    <message>
        <source>No segments yet: make one with New segment.</source>
        <translation>아직 세그먼트가 없습니다. 새 세그먼트로 만드십시오.</translation>
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
    <name>SellerDetails</name>
    <message>
        <source>Enter shop &amp;details…</source>
        <translation>매장 정보 입력(&amp;D)…</translation>
    </message>
    <message>
        <source>Shop details missing</source>
        <translation>매장 정보가 비어 있습니다</translation>
    </message>
    <message>
        <source>This document must name the shop as the seller, and nothing was printed. Enter these details first:</source>
        <translation>이 문서에는 판매자인 매장 정보가 있어야 하므로 인쇄하지 않았습니다. 먼저 다음 정보를 입력해 주세요:</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>&amp;Courier</source>
        <translation>택배사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <extracomment>Problems with a row&apos;s number, said under the table (the row&apos;s cell is marked too).</extracomment>
        <translation>발송(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tracking numbers (type or scan each, Enter goes to the next row; empty for a hand delivery):</source>
        <translation>운송장 번호 (입력하거나 스캔하면 Enter로 다음 행으로 갑니다. 직접 전달이면 비워 두세요)(&amp;T):</translation>
    </message>
    <message>
        <source>(no address in effect)</source>
        <extracomment>The problem said with each row&apos;s number, by row.</extracomment>
        <translation>(적용되는 주소 없음)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>직접 전달</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>{row}행: {problem}</translation>
    </message>
    <message>
        <source>Ship deliveries</source>
        <translation>배송 발송</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>{count} tracking numbers do not look like {courier}&apos;s (see the rows marked). Ship anyway?</source>
        <translation>운송장 번호 {count}개가 {courier} 형식과 다릅니다(표시된 행을 확인하세요). 그래도 발송하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ShopDetailsDialog</name>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Business registration number</source>
        <translation>사업자등록번호(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <source>Advertise also to customers never asked &amp;who dealt with the shop in the last 6 months</source>
        <translation>수신 동의를 묻지 않은 고객 중 최근 6개월 안에 거래한 고객에게도 광고(&amp;W)</translation>
    </message>
    <message>
        <source>Every advertising message ends with this free number customers call to stop receiving it.</source>
        <translation>모든 광고 문자는 고객이 수신을 거부할 때 거는 이 무료 번호로 끝납니다.</translation>
    </message>
    <message>
        <source>Free &amp;opt-out number (080)</source>
        <translation>무료 수신거부 번호(&amp;O) (080)</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>상호(&amp;N)</translation>
    </message>
    <message>
        <source>Shop details</source>
        <translation>매장 정보</translation>
    </message>
    <message>
        <source>The law allows advertising without consent to a customer with a delivery, rental or payment in the last 6 months, for the same kind of goods. A customer who declined never receives it.</source>
        <translation>법은 최근 6개월 안에 배송·대여·결제가 있었던 고객에게 같은 종류의 재화에 대해서는 동의 없이 광고하는 것을 허용합니다. 수신을 거부한 고객에게는 보내지 않습니다.</translation>
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
        <source>optional; printed on contracts for questions and complaints</source>
        <translation>선택; 문의·불만 연락처로 계약서에 인쇄됩니다</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional)</source>
        <translation>이메일 (선택)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Representative (owner)</source>
        <translation>대표자(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Shop name (trade name)</source>
        <translation>상호(&amp;S)</translation>
    </message>
    <message>
        <source>B&amp;usiness registration no.</source>
        <translation>사업자등록번호(&amp;U)</translation>
    </message>
    <message>
        <source>Can be entered later — needed before the first contract</source>
        <translation>나중에 입력해도 됩니다 — 첫 계약 전까지 필요</translation>
    </message>
    <message>
        <source>Every contract names the seller. Only the shop&apos;s name and the owner are needed to begin.</source>
        <translation>모든 계약서에는 판매자 정보가 들어갑니다. 시작할 때는 상호와 대표자만 있으면 됩니다.</translation>
    </message>
    <message>
        <source>Needed now</source>
        <translation>지금 필요한 정보</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>매장</translation>
    </message>
    <message>
        <source>e.g. ToySub Mapo</source>
        <translation>예: 토이구독 마포점</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>이름(&amp;W)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Close ToySub</source>
        <translation>프로그램 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>PIN 다시 입력(&amp;R)</translation>
    </message>
    <message>
        <source>Choose your name (its number), type your PIN and press Enter.</source>
        <translation>이름(번호)을 고르고 PIN을 입력한 뒤 Enter를 누르십시오.</translation>
    </message>
    <message>
        <source>Demo shop: every PIN is {pin}.</source>
        <translation>체험용 매장: 모든 직원의 PIN은 {pin}입니다.</translation>
    </message>
    <message>
        <source>Forgot the owner&apos;s PIN…</source>
        <translation>대표 PIN을 잊었습니다…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Who signed in, once accepted.</extracomment>
        <translation>로그인</translation>
    </message>
    <message>
        <source>The counter is locked. Choose your name (its number), type your PIN and press Enter.</source>
        <translation>카운터가 잠겨 있습니다. 이름(번호)을 고르고 PIN을 입력한 뒤 Enter를 누르십시오.</translation>
    </message>
    <message>
        <source>You have no PIN yet: choose one of 4 to 8 digits and type it twice.</source>
        <translation>아직 PIN이 없습니다. 4~8자리 숫자로 PIN을 정해 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source> (−{percent}%)</source>
        <translation> (−{percent}%)</translation>
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
        <source>&amp;Plan</source>
        <translation>요금제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>추천인 코드(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>시작일(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>약정 기간(&amp;T)</translation>
    </message>
    <message>
        <source>Agrees to marketing messages (optional)</source>
        <translation>마케팅 정보 수신 동의 (선택)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a plan and a term to see the figures.</source>
        <translation>요금제와 약정 기간을 고르면 금액이 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose the customer to see their consents.</source>
        <translation>고객을 고르면 동의 내역이 표시됩니다.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Days past a shorter month&apos;s end deliver on its last day.</source>
        <translation>그날이 없는 달은 그달 말일에 배송합니다.</translation>
    </message>
    <message>
        <source>Delivery: {cadence}</source>
        <translation>배송: {cadence}</translation>
    </message>
    <message>
        <source>Deposit (returned at the end)</source>
        <translation>보증금 (계약 종료 후 반환)</translation>
    </message>
    <message>
        <source>Discounts (note the evidence you saw)</source>
        <translation>할인 (확인한 증빙을 적어 주세요)</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>첫 결제 금액</translation>
    </message>
    <message>
        <source>Free trial of {days} days from {start}; payments begin after it.</source>
        <translation>{start}부터 {days}일 무료 체험, 결제는 체험이 끝난 뒤 시작됩니다.</translation>
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
        <source>New subscription</source>
        <translation>신규 구독</translation>
    </message>
    <message>
        <source>Only at the first subscription; empty: none</source>
        <translation>첫 구독에만 적용, 없으면 비워 둡니다</translation>
    </message>
    <message>
        <source>P&amp;ayment (recorded, not charged)</source>
        <translation>결제 수단 (기록만, 결제하지 않음)(&amp;A)</translation>
    </message>
    <message>
        <source>Personal data (required): agreed on {date}, notice {version}.</source>
        <translation>개인정보 (필수): {date} 동의, 고지문 {version}</translation>
    </message>
    <message>
        <source>Personal data (required): not on record.</source>
        <translation>개인정보 (필수): 동의 기록이 없습니다.</translation>
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
        <source>Referred by {name} ({number})</source>
        <translation>추천인: {name} ({number})</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>S&amp;wap day</source>
        <translation>교환 요일(&amp;W)</translation>
    </message>
    <message>
        <source>Si&amp;gn up</source>
        <translation>가입(&amp;G)</translation>
    </message>
    <message>
        <source>The shop has no discount categories.</source>
        <translation>등록된 할인 항목이 없습니다.</translation>
    </message>
    <message>
        <source>There are no plans yet. Create a plan first: Shop ▸ Plans and prices…</source>
        <translation>요금제가 아직 없습니다. 요금제를 먼저 만드세요: 매장 ▸ 요금제와 가격…</translation>
    </message>
    <message>
        <source>Total over {months} months</source>
        <translation>{months}개월 합계</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
</context>
<context>
    <name>SkipDeliveryDialog</name>
    <message>
        <source>&amp;Delivery to skip</source>
        <translation>건너뛸 배송(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>No delivery is left to skip in this term.</source>
        <translation>이 약정에서 건너뛸 배송이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Skip a delivery</source>
        <translation>배송 건너뛰기</translation>
    </message>
</context>
<context>
    <name>SpendPointsDialog</name>
    <message>
        <source>&amp;Charge</source>
        <translation>청구(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Points to use</source>
        <translation>사용할 적립금(&amp;P)</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>적립금 사용</translation>
    </message>
    <message>
        <source>{name} has {points}. Points used are shown as a discount on the statement, not as a payment.</source>
        <translation>{name} 고객의 적립금은 {points}입니다. 사용한 적립금은 거래 내역서에 입금이 아닌 할인으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source> minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Lock the counter after &amp;idle</source>
        <translation>사용하지 않으면 카운터 잠금(&amp;I)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Owner: staff, roles and shop settings. Manager: prices and plans, import and export, voiding a fee. Staff: counter work. A change here is the owner&apos;s, or needs the owner&apos;s PIN.</source>
        <translation>대표: 직원·역할과 매장 설정. 매니저: 가격과 요금제, 가져오기와 내보내기, 요금 취소. 직원: 카운터 업무. 여기서 바꾸는 것은 대표가 하거나 대표의 PIN 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>역할(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;PIN</source>
        <translation>PIN 초기화(&amp;P)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>역할 지정(&amp;R)</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>직원과 역할</translation>
    </message>
    <message>
        <source>The counter now locks after {minutes} idle minutes.</source>
        <translation>이제 {minutes}분 동안 사용하지 않으면 카운터가 잠깁니다.</translation>
    </message>
    <message>
        <source>The staff member sets a new PIN at their next sign-in</source>
        <translation>직원이 다음 로그인 때 새 PIN을 정합니다</translation>
    </message>
    <message>
        <source>locked until {time} (wrong PINs)</source>
        <translation>{time}까지 잠김 (PIN 오류)</translation>
    </message>
    <message>
        <source>not yet: set at the next sign-in</source>
        <translation>아직 없음: 다음 로그인 때 설정</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} 님의 역할을 {role}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>{name} sets a new PIN at their next sign-in.</source>
        <translation>{name} 님은 다음 로그인 때 새 PIN을 정합니다.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Preparing the demo shop: two years of customers, contracts, deliveries and payments.
This takes about half a minute, once; the next start opens it at once.</source>
        <extracomment>The first daily-backup check waits this long after the window is up, so it never delays it.</extracomment>
        <translation>데모 매장을 준비하고 있습니다: 2년 동안의 고객, 계약, 배송, 수납 기록.
처음 한 번만 30초쯤 걸리며, 다음부터는 바로 열립니다.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>The database was restored from the backup made at {when}.

The state before the restore is kept as a backup:
{file}</source>
        <translation>{when}에 만든 백업으로 데이터베이스를 복원했습니다.

복원하기 전의 상태는 다음 백업으로 보관되어 있습니다:
{file}</translation>
    </message>
    <message>
        <source>This database is already open in another ToySub Desktop window on this PC:
{where}

Switch to that window (see the taskbar). If no window is open, wait a moment and start the app again.</source>
        <translation>이 데이터베이스는 이 PC의 다른 토이구독 데스크톱 창에서 이미 열려 있습니다:
{where}

작업 표시줄에서 그 창으로 전환하세요. 열린 창이 없다면 잠시 기다린 뒤 프로그램을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>ToySub Desktop</source>
        <translation>토이구독 데스크톱</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>&amp;Customer:</source>
        <translation>고객(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>지난달(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Show statement</source>
        <translation>내역서 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료일(&amp;T):</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>거래 내역서</translation>
    </message>
    <message>
        <source>Every charge, payment, refund and write-off of the period with the running balance, for the customer to keep.</source>
        <translation>기간 중의 청구, 입금, 환불, 감면을 잔액과 함께 보여 주는, 고객에게 드리는 내역서입니다.</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>이번 달(&amp;M)</translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation>올해(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>SubscriptionLineModel</name>
    <message>
        <source>Cancelled from</source>
        <translation>해지일</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>계약번호</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Fee as signed</source>
        <translation>계약 월 이용료</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
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
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 이용료</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>체험 종료</translation>
    </message>
</context>
<context>
    <name>SubscriptionPanel</name>
    <message>
        <source>, at most {cap}</source>
        <translation>, 최대 {cap}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>Cancellation fee charged</source>
        <translation>청구한 위약금</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>청구</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>청구 · 수납</translation>
    </message>
    <message>
        <source>Choose a subscription in the list, or sign a customer up with New subscription.</source>
        <translation>목록에서 구독을 고르거나, 신규 구독으로 고객을 가입시키세요.</translation>
    </message>
    <message>
        <source>Day {day} of each month</source>
        <translation>매월 {day}일</translation>
    </message>
    <message>
        <source>Day {day} of each month (the last day in shorter months)</source>
        <translation>매월 {day}일 (그날이 없는 달은 말일)</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>배송일</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>청구일</translation>
    </message>
    <message>
        <source>Early termination</source>
        <translation>중도 해지</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>적용일</translation>
    </message>
    <message>
        <source>Ended as signed</source>
        <translation>계약 당시 종료일</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>무료 체험</translation>
    </message>
    <message>
        <source>Last day of service</source>
        <translation>서비스 마지막 날</translation>
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
        <source>No subscription selected</source>
        <translation>선택한 구독이 없습니다</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>미납 없음</translation>
    </message>
    <message>
        <source>Owed: {amount}</source>
        <translation>미납: {amount}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>완납</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>요금제</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>요금제 변경</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Resumed early</source>
        <translation>조기 재개</translation>
    </message>
    <message>
        <source>Signed {date} by {who}</source>
        <translation>{date} {who} 계약</translation>
    </message>
    <message>
        <source>Skipped deliveries</source>
        <translation>건너뛴 배송</translation>
    </message>
    <message>
        <source>Skipped delivery</source>
        <translation>배송 건너뜀</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Swap day</source>
        <translation>교환 요일</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>약정 기간</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>약정 종료일</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>미납</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Voided: {why}</source>
        <translation>취소됨: {why}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>What happened, by effective date</source>
        <translation>변경 이력 (적용일 순)</translation>
    </message>
    <message>
        <source>fee {amount}</source>
        <translation>위약금 {amount}</translation>
    </message>
    <message>
        <source>monthly {amount}</source>
        <translation>월 {amount}</translation>
    </message>
    <message>
        <source>next charge {amount} on {date}</source>
        <translation>다음 청구 {date} {amount}</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>낸 금액 {amount}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>{date}까지</translation>
    </message>
    <message>
        <source>{days} days, until {date}</source>
        <translation>{days}일, {date}까지</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>{percent}% of the fees left in the term{cap}</source>
        <translation>남은 약정 이용료의 {percent}%{cap}</translation>
    </message>
</context>
<context>
    <name>SubscriptionSettingsDialog</name>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source> days before</source>
        <translation>일 전</translation>
    </message>
    <message>
        <source>% of the remaining fees</source>
        <translation>% (남은 이용료 기준)</translation>
    </message>
    <message>
        <source>&amp;Cancellation terms</source>
        <translation>해지 조항(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Longest pause</source>
        <translation>최대 일시정지 기간(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pause terms</source>
        <translation>일시정지 조항(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refund terms</source>
        <translation>환불 조항(&amp;R)</translation>
    </message>
    <message>
        <source>A pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>A s&amp;kipped box</source>
        <translation>배송 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>Contract clauses. Leave a clause empty to print the standard wording.</source>
        <translation>계약 조항입니다. 비워 두면 표준 문구가 인쇄됩니다.</translation>
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
        <source>How long before a new price reaches a subscriber they must be told.</source>
        <translation>새 가격이 적용되기 며칠 전까지 구독자에게 알려야 하는지 정합니다.</translation>
    </message>
    <message>
        <source>New contracts are signed under these rules and print them. Contracts already signed keep the rules they were signed with.</source>
        <translation>새 계약은 이 규칙으로 체결되고 계약서에 인쇄됩니다. 이미 체결한 계약은 체결 당시 규칙을 유지합니다.</translation>
    </message>
    <message>
        <source>Price-change &amp;notice</source>
        <translation>가격 변경 사전 안내(&amp;N)</translation>
    </message>
    <message>
        <source>Printed on box contracts; billing charges skipped months by it.</source>
        <translation>정기배송 계약서에 인쇄되고, 건너뛴 달의 이용료는 이 규칙대로 청구합니다.</translation>
    </message>
    <message>
        <source>Standard wording</source>
        <translation>표준 문구</translation>
    </message>
    <message>
        <source>Subscription settings</source>
        <translation>구독 설정</translation>
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
        <source>no cap</source>
        <translation>상한 없음</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <source>&amp;Cancel subscription</source>
        <translation>구독 해지(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ending:</source>
        <translation>종료(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;New subscription</source>
        <extracomment>The list and its counts are read when the tab is first shown, not while the window opens.</extracomment>
        <translation>신규 구독(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>All plans</source>
        <extracomment>Only in the menu, so the row of buttons fits a small screen at 150 %.</extracomment>
        <translation>모든 요금제</translation>
    </message>
    <message>
        <source>All states</source>
        <extracomment>The daily lists: a label, then what they set on the filters (end filter key, state). The tab was shown for the first time and has read its lists. A new contract was signed (a sign-up or a renewal): its subscription id. A subscription changed (signed, paused, cancelled…): its deliveries may have moved. What an action did and charged, for the status bar.</extracomment>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>전체 구독</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>종료일 전체</translation>
    </message>
    <message>
        <source>Change p&amp;lan</source>
        <translation>요금제 변경(&amp;L)</translation>
    </message>
    <message>
        <source>Change recorded</source>
        <translation>변경을 기록했습니다</translation>
    </message>
    <message>
        <source>Customer: {name} ✕</source>
        <translation>고객: {name} ✕</translation>
    </message>
    <message>
        <source>Daily lists:</source>
        <translation>오늘의 목록:</translation>
    </message>
    <message>
        <source>Deposit re&amp;fund…</source>
        <translation>보증금 환불(&amp;F)…</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>보증금 환불</translation>
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
        <source>Ends within {days} days</source>
        <translation>{days}일 안에 종료</translation>
    </message>
    <message>
        <source>No subscription matches these filters.</source>
        <translation>조건에 맞는 구독이 없습니다.</translation>
    </message>
    <message>
        <source>P&amp;rint contract</source>
        <translation>계약서 인쇄(&amp;R)</translation>
    </message>
    <message>
        <source>Paused ({count})</source>
        <translation>일시정지 중 ({count})</translation>
    </message>
    <message>
        <source>Pla&amp;n:</source>
        <translation>요금제(&amp;N):</translation>
    </message>
    <message>
        <source>Price changes to tell ({count})</source>
        <translation>가격 변경 안내 대상 ({count})</translation>
    </message>
    <message>
        <source>Print a confirmation of this change for the customer to sign?</source>
        <translation>고객이 서명할 변경 확인서를 인쇄하시겠습니까?</translation>
    </message>
    <message>
        <source>Printed &amp;documents…</source>
        <translation>발행 문서(&amp;D)…</translation>
    </message>
    <message>
        <source>Rene&amp;w</source>
        <translation>갱신(&amp;W)</translation>
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
        <source>Sh&amp;ow customer</source>
        <translation>고객 보기(&amp;O)</translation>
    </message>
    <message>
        <source>Show every customer&apos;s subscriptions again</source>
        <translation>모든 고객의 구독을 다시 보기</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <extracomment>Who a new subscription is for when the clerk has not said (the main window&apos;s selected customer). Only the contracts of a saved segment&apos;s customers.</extracomment>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>세그먼트(&amp;G):</translation>
    </message>
    <message>
        <source>Su&amp;bscription</source>
        <translation>구독(&amp;B)</translation>
    </message>
    <message>
        <source>The shop holds no deposit for this contract.</source>
        <translation>이 계약으로 보관 중인 보증금이 없습니다.</translation>
    </message>
    <message>
        <source>This contract was renewed: its deposit stays with the renewal.</source>
        <translation>갱신된 계약입니다. 보증금은 갱신 계약에 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>Trial ends within {days} days</source>
        <translation>{days}일 안에 체험 종료</translation>
    </message>
    <message>
        <source>Trials ending ({count})</source>
        <translation>체험 종료 예정 ({count})</translation>
    </message>
</context>
<context>
    <name>SurveyAnswersDialog</name>
    <message>
        <source>1 to 5</source>
        <translation>1~5</translation>
    </message>
    <message>
        <source>Survey answers — {name} — {title}</source>
        <translation>설문 응답 — {name} — {title}</translation>
    </message>
    <message>
        <source>in words</source>
        <translation>글로 답함</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>&amp;Due back</source>
        <translation>반납 예정일(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;items</source>
        <translation>새로 빌릴 품목(&amp;I)</translation>
    </message>
    <message>
        <source>Swap toys</source>
        <translation>장난감 교환</translation>
    </message>
</context>
<context>
    <name>TemporaryEndDialog</name>
    <message>
        <source>End of temporary stay — {name}</source>
        <translation>임시 거주 종료일 — {name}</translation>
    </message>
    <message>
        <source>Last day of the stay</source>
        <translation>임시 거주 마지막 날</translation>
    </message>
    <message>
        <source>Staying at {address} from {date}.</source>
        <translation>{date}부터 {address}에 임시 거주 중입니다.</translation>
    </message>
</context>
<context>
    <name>TierSettingsDialog</name>
    <message>
        <source>&amp;Tiers:</source>
        <translation>등급(&amp;T):</translation>
    </message>
    <message>
        <source>Changing the tiers needs a manager or the owner: one of them approves with their PIN when you save.</source>
        <translation>회원 등급을 바꾸려면 매니저나 대표가 필요합니다: 저장할 때 그중 한 사람이 PIN으로 승인합니다.</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>할인(%)</translation>
    </message>
    <message>
        <source>Each tier starts where its threshold is reached and lasts until the next; leave a row empty to drop it. A tier&apos;s discount comes off every cycle fee that starts once the customer has reached the tier, after the contract&apos;s own discounts, rounded down to the won; charges already billed never change. Priority reservations put the customer&apos;s children first in a toy&apos;s queue.</source>
        <translation>각 등급은 시작 기준에 이르면 시작되어 다음 등급까지 이어집니다. 줄을 비우면 그 등급은 없어집니다. 등급 할인은 고객이 등급에 이른 뒤 시작하는 모든 이용료 회차에 계약의 할인 다음으로 적용되며, 원 단위 미만은 버립니다. 이미 청구된 요금은 바뀌지 않습니다. 우선 예약 등급 고객의 자녀는 장난감 예약 대기열의 앞에 섭니다.</translation>
    </message>
    <message>
        <source>Membership tiers</source>
        <translation>회원 등급</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>S&amp;pend: won paid, net of refunds, over the last 12 months</source>
        <translation>이용 금액(&amp;P): 최근 12개월 동안 낸 금액(환불 제외)</translation>
    </message>
    <message>
        <source>Starts at (months)</source>
        <translation>시작 기준(개월)</translation>
    </message>
    <message>
        <source>Starts at (won)</source>
        <translation>시작 기준(원)</translation>
    </message>
    <message>
        <source>T&amp;enure: whole months since the first subscription started</source>
        <translation>이용 기간(&amp;E): 첫 구독 시작일부터 채운 개월 수</translation>
    </message>
    <message>
        <source>Tiers are measured by:</source>
        <translation>등급 기준:</translation>
    </message>
</context>
<context>
    <name>ToyCatalogueDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;New toy…</source>
        <translation>새 장난감(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Retire / put back</source>
        <translation>카탈로그에서 제외/복원(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;items…</source>
        <translation>품목 추가(&amp;I)…</translation>
    </message>
    <message>
        <source>Items added</source>
        <translation>품목 추가됨</translation>
    </message>
    <message>
        <source>Label each copy with its barcode:
{codes}</source>
        <translation>각 품목에 아래 바코드 라벨을 붙이세요:
{codes}</translation>
    </message>
    <message>
        <source>Toy name, initials (ㅈㅅㅂㄹ) or brand</source>
        <translation>장난감 이름, 초성(ㅈㅅㅂㄹ) 또는 브랜드</translation>
    </message>
    <message>
        <source>Toys and items</source>
        <translation>장난감과 품목</translation>
    </message>
</context>
<context>
    <name>ToyDialog</name>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>브랜드(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>분류(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Up to age</source>
        <translation>최대 월령(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Value (won)</source>
        <translation>가액 (원)(&amp;V)</translation>
    </message>
    <message>
        <source>Edit toy</source>
        <translation>장난감 수정</translation>
    </message>
    <message>
        <source>From &amp;age</source>
        <translation>최소 월령(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>New toy</source>
        <translation>새 장난감</translation>
    </message>
    <message>
        <source>what it costs to replace, e.g. 89,000</source>
        <translation>다시 사는 데 드는 금액, 예: 89,000</translation>
    </message>
</context>
<context>
    <name>ToyListModel</name>
    <message>
        <source>Ages</source>
        <translation>연령</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>대여 가능</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>가액</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Courier</source>
        <translation>택배사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mark shipped</source>
        <translation>발송 처리(&amp;M)</translation>
    </message>
    <message>
        <source>All {rows} rows mark a delivery shipped.</source>
        <translation>{rows}행 모두 발송 처리합니다.</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>파일 확인(&amp;H)</translation>
    </message>
    <message>
        <source>Check the file to see what it marks shipped.</source>
        <translation>파일을 확인하면 발송 처리될 배송이 표시됩니다.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>주문번호</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>스프레드시트 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>The file the courier&apos;s site gives back after printing its waybills (.xlsx, .xls or .csv with order-number and tracking-number columns). Each row finds its delivery by the order number.</source>
        <translation>택배사 사이트에서 운송장을 출력한 뒤 받은 파일입니다(.xlsx, .xls 또는 .csv, 주문번호와 운송장번호 열). 각 행은 주문번호로 배송을 찾습니다.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>운송장 번호</translation>
    </message>
    <message>
        <source>Tracking numbers from the courier</source>
        <translation>택배사 운송장 번호 가져오기</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>제외된 이유</translation>
    </message>
    <message>
        <source>{matched} of {rows} rows mark a delivery shipped; {left} are left out (listed below).</source>
        <translation>{rows}행 중 {matched}행을 발송 처리합니다. {left}행은 제외됩니다(아래 목록).</translation>
    </message>
</context>
<context>
    <name>UnpaidChargeModel</name>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>청구 항목</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>계약번호</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>고객번호</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>납기일</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>미납액</translation>
    </message>
</context>
<context>
    <name>UnpaidChargesDialog</name>
    <message>
        <source>&amp;Charges due in {month} that are not paid off today (Enter opens the card):</source>
        <translation>{month}에 청구되어 오늘까지 다 내지 않은 항목(&amp;C) (Enter를 누르면 고객 카드를 엽니다):</translation>
    </message>
    <message>
        <source>Every charge of the month is paid.</source>
        <translation>그 달의 청구는 모두 납부되었습니다.</translation>
    </message>
    <message>
        <source>Unpaid charges of {month}</source>
        <translation>{month} 미납 청구</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>050 numbers are temporary safe numbers that forward calls and stop working later. Ask the customer for their real number.</source>
        <translation>050 번호는 나중에 끊기는 임시 안심번호입니다. 고객께 실제 연락처를 여쭤봐 주세요.</translation>
    </message>
    <message>
        <source>A barcode of digits only must be an EAN-13 (13 digits) or a UPC-A (12 digits).</source>
        <translation>숫자로만 된 바코드는 EAN-13(13자리) 또는 UPC-A(12자리)여야 합니다.</translation>
    </message>
    <message>
        <source>A business registration number has 10 digits, like 123-45-67890.</source>
        <extracomment>How far ahead of a renewal a subscriber may have to be told of a new price. The longest pause a shop may allow in one go. An editable contract clause; a whole page of A4 is about this long.</extracomment>
        <translation>사업자등록번호는 123-45-67890처럼 10자리입니다.</translation>
    </message>
    <message>
        <source>A cancellation takes effect after the start ({date}); before it, withdraw instead.</source>
        <translation>해지는 시작일({date}) 이후부터 가능합니다. 시작 전에는 청약철회로 처리해 주세요.</translation>
    </message>
    <message>
        <source>A cancelled subscription cannot be renewed.</source>
        <translation>해지된 구독은 갱신할 수 없습니다.</translation>
    </message>
    <message>
        <source>A confirmation date cannot be in the future.</source>
        <extracomment>The day the customer confirmed their contacts are still right: one that has come.</extracomment>
        <translation>확인한 날은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>A contact can only be found unreachable on a day that has come.</source>
        <extracomment>Which kind of contact change ends which kind of hold. Delivery states a hold stops: not yet handed to the courier.</extracomment>
        <translation>연락 두절은 오늘이나 지난 날짜로만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>A contract needs its plan, start date, term and monthly fee; this one lacks: {missing}.</source>
        <translation>계약에는 요금제, 시작일, 약정 기간, 월 이용료가 필요합니다. 빠진 항목: {missing}.</translation>
    </message>
    <message>
        <source>A day that has not come yet cannot be closed (latest: {latest}).</source>
        <translation>아직 오지 않은 날짜는 마감할 수 없습니다(최대: {latest}).</translation>
    </message>
    <message>
        <source>A discount is between 1 and {limit} percent.</source>
        <translation>할인율은 1~{limit}% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A follow-up can be at most a year ahead ({latest}).</source>
        <translation>다시 연락할 날은 1년 이내({latest}까지)여야 합니다.</translation>
    </message>
    <message>
        <source>A follow-up is for today or a later day, not one that has passed.</source>
        <translation>다시 연락할 날은 오늘이나 이후 날짜여야 합니다. 지난 날짜는 입력할 수 없습니다.</translation>
    </message>
    <message>
        <source>A free opt-out number starts with 080 and has 10 or 11 digits, like 080-123-4567.</source>
        <extracomment>&quot;(광고)&quot; first, as §50④ asks of every advertising message. The opt-out line&apos;s words before the shop&apos;s 080 number. The merge fields a template may use, and what each is filled with. The columns of the CSV the common bulk-SMS services take: name, mobile number (010-xxxx-xxxx), message. A short message (SMS) holds 90 bytes counted in EUC-KR (a Hangul syllable is two); longer is an LMS. The longest LMS the services accept. A template is a message or two; the merged message is checked against ``LMS_MAX_BYTES``. Advertising at night (§50③): from 21:00 to 08:00 it needs the separate night consent. A transaction this recent allows advertising without consent, where the shop turns it on (§50① 1호). §50⑧: a consent is confirmed to the customer every two years; the list shows it this many days before.</extracomment>
        <translation>무료 수신거부 번호는 080으로 시작하는 10자리 또는 11자리입니다. 예: 080-123-4567</translation>
    </message>
    <message>
        <source>A loan can be recorded at most {days} days after the day.</source>
        <translation>대여는 그날로부터 {days}일 안에만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>A loan can last at most {days} days.</source>
        <translation>대여 기간은 최대 {days}일입니다.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>이름에는 숫자를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>A new price takes effect today ({today}) or later; a past day is refused.</source>
        <extracomment>Term lengths a plan may offer, in months. What the clerk notes as seen for a discount (&quot;가족관계증명서 확인&quot;), and the hint of what to see.</extracomment>
        <translation>새 가격은 오늘({today}) 이후부터 적용됩니다. 지난 날짜로는 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>A pause can last at most {days} days; this one is {asked}.</source>
        <translation>일시정지는 최대 {days}일까지 가능합니다. 입력한 기간은 {asked}일입니다.</translation>
    </message>
    <message>
        <source>A pause can start from {date}, when the term begins.</source>
        <translation>일시정지는 약정이 시작되는 {date}부터 할 수 있습니다.</translation>
    </message>
    <message>
        <source>A receipt is printed for a payment that stands.</source>
        <extracomment>The confirmation of a contract&apos;s pause, early resume, plan change, cancellation or renewal. A customer&apos;s statement (거래 내역서) for a period. 1 for the first document about this subject, then +1 for each issue after a change. The date printed on the document. When and by whom it was first issued; later prints of the same file are in the audit record. True when nothing had changed since the newest document of this subject, which was returned (and its reprint recorded) instead of a new version. The subject in a stable spelling; versions are counted per kind and key. The date a new issue prints. The PDF for a document number and date; a document that prints neither, or whose date is part of its content, ignores them. Whether an unchanged document keeps the number and date it was first issued with (it prints both).</extracomment>
        <translation>영수증은 취소되지 않은 수납에만 인쇄합니다.</translation>
    </message>
    <message>
        <source>A recovery code sets a new PIN for an owner only.</source>
        <translation>복구 코드로는 대표의 PIN만 새로 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>A referral code counts only at the customer&apos;s first subscription.</source>
        <extracomment>The largest customer id there can be: ids are PostgreSQL ``integer`` columns (SQLite&apos;s hold more, not less).</extracomment>
        <translation>추천인 코드는 고객의 첫 구독에만 적용됩니다.</translation>
    </message>
    <message>
        <source>A renewal can be signed from {date}.</source>
        <translation>갱신 계약은 {date}부터 할 수 있습니다.</translation>
    </message>
    <message>
        <source>A rental plan needs the weekday of the swaps.</source>
        <translation>렌털 요금제에는 교환 요일이 필요합니다.</translation>
    </message>
    <message>
        <source>A return can be recorded at most {days} days after the day.</source>
        <translation>반납은 그날로부터 {days}일 안에만 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>A shop code has {low} to {high} letters, digits and hyphens, with at least one letter (e.g. TS-000123).</source>
        <translation>매장 코드는 영문자·숫자·하이픈 {low}~{high}자이며 영문자가 하나 이상 있어야 합니다(예: TS-000123).</translation>
    </message>
    <message>
        <source>A shop has at most {limit} tiers.</source>
        <translation>등급은 최대 {limit}개까지 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>A staff member with this name already exists.</source>
        <translation>같은 이름의 직원이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A subscription can start at most a year from today.</source>
        <extracomment>First day without service, if cancelled. How far ahead a subscription may start.</extracomment>
        <translation>구독 시작일은 오늘부터 1년 이내여야 합니다.</translation>
    </message>
    <message>
        <source>A survey asks at most {count} questions.</source>
        <translation>설문 질문은 최대 {count}개입니다.</translation>
    </message>
    <message>
        <source>A term discount is between 0 and {limit} percent.</source>
        <translation>약정 할인은 0~{limit}% 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A term is from 1 to 60 months.</source>
        <translation>약정 기간은 1개월에서 60개월 사이입니다.</translation>
    </message>
    <message>
        <source>A tier starts at {limit} months at most.</source>
        <translation>등급 시작 기준은 최대 {limit}개월입니다.</translation>
    </message>
    <message>
        <source>This tier starts where the tier of row {row} starts: each tier needs its own threshold.</source>
        <translation>이 등급은 {row}번째 줄의 등급과 시작 기준이 같습니다. 등급마다 시작 기준이 달라야 합니다.</translation>
    </message>
    <message>
        <source>A tier&apos;s discount is between 0 and {limit} percent.</source>
        <translation>등급 할인율은 0에서 {limit}퍼센트 사이입니다.</translation>
    </message>
    <message>
        <source>A toy box plan is delivered monthly.</source>
        <translation>정기배송 요금제는 매월 배송됩니다.</translation>
    </message>
    <message>
        <source>A tracking number has only letters, digits and hyphens.</source>
        <extracomment>Every month has this many days; a later delivery day falls on the last day of the months without it. How far ahead deliveries are scheduled at most (about three months: enough to plan stock and couriers). The couriers a Korean shop usually hands boxes to, offered first when shipping (any other name may be typed); their tracking-number formats are in ``couriers``.</extracomment>
        <translation>운송장 번호에는 영문, 숫자, 하이픈(-)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>가중치는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A {courier} tracking number has digits only.</source>
        <translation>{courier} 운송장 번호는 숫자로만 되어 있습니다.</translation>
    </message>
    <message>
        <source>A {courier} tracking number has {digits} digits; this one has {count}. Check it.</source>
        <translation>{courier} 운송장 번호는 숫자 {digits}자리인데 이 번호는 {count}자리입니다. 확인하세요.</translation>
    </message>
    <message>
        <source>Add at most {limit} items at a time.</source>
        <translation>한 번에 최대 {limit}개까지 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Advertising between 21:00 and 08:00 needs each recipient&apos;s separate consent to night messages, and {count} on this list did not give it. Choose a time from 08:00 to 21:00.</source>
        <translation>21시부터 다음 날 8시 사이의 광고는 받는 고객마다 야간 수신에 따로 동의해야 하는데, 이 목록에서 {count}명이 동의하지 않았습니다. 8시부터 21시 사이로 시각을 정하십시오.</translation>
    </message>
    <message>
        <source>Advertising carries the time it is to be sent: enter it.</source>
        <translation>광고에는 발송 시각이 있어야 합니다. 발송 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>Advertising may go only to customers who agreed to it; {count} on this list did not. Nothing was exported.</source>
        <translation>광고는 수신에 동의한 고객에게만 보낼 수 있는데, 이 목록에서 {count}명이 동의하지 않았습니다. 아무것도 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Advertising must end with a free opt-out number: enter the shop&apos;s 080 number in Shop details first.</source>
        <translation>광고는 무료 수신거부 번호로 끝나야 합니다. 먼저 매장 정보에 매장의 080 번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Advertising must end with the shop&apos;s contact: enter the shop&apos;s phone in Shop details first.</source>
        <translation>광고는 매장 연락처로 끝나야 합니다. 먼저 매장 정보에 매장 전화번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Allergy and health notes are sensitive data: record the guardian&apos;s separate consent to them first.</source>
        <translation>알레르기·건강 메모는 민감정보입니다. 먼저 보호자의 별도 동의를 기록하십시오.</translation>
    </message>
    <message>
        <source>Already shipped with another number ({courier} {number}).</source>
        <translation>이미 다른 번호로 발송했습니다({courier} {number}).</translation>
    </message>
    <message>
        <source>Already shipped with this tracking number.</source>
        <translation>이미 이 운송장 번호로 발송했습니다.</translation>
    </message>
    <message>
        <source>An address from {later} is already on record ({address}); a move dated before it would end on {later}. Check the date, or correct that address if it is wrong.</source>
        <translation>{later}부터 적용되는 주소({address})가 이미 있어, 그보다 앞선 날짜의 이사는 {later}에 끝나게 됩니다. 날짜를 확인하거나, 그 주소가 틀렸다면 정정해 주세요.</translation>
    </message>
    <message>
        <source>An approval number is {low} to {high} digits.</source>
        <translation>승인번호는 {low}~{high}자리 숫자입니다.</translation>
    </message>
    <message>
        <source>An expiry follows the shop&apos;s rule and is not voided.</source>
        <translation>소멸은 매장 규칙에 따른 것이므로 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>An item cannot be recorded as lent on a future day.</source>
        <translation>앞으로 올 날짜로는 대여를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>An item cannot be recorded as returned on a future day.</source>
        <translation>미래의 날짜로 반납을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>An item with this barcode is already on record.</source>
        <translation>이 바코드의 품목이 이미 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>An unlimited membership borrows at the shop.</source>
        <translation>무제한 회원제는 매장에서 대여합니다.</translation>
    </message>
    <message>
        <source>Another counter changed one of these items meanwhile, so nothing was saved. Scan the items again.</source>
        <translation>그사이 다른 카운터에서 이 품목 중 하나를 변경하여 아무것도 저장하지 않았습니다. 품목을 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>Another counter changed some of these deliveries meanwhile, so nothing was saved. Look at the list again and repeat the step.</source>
        <translation>그 사이 다른 카운터에서 이 배송 중 일부를 바꿔 저장하지 않았습니다. 목록을 다시 확인하고 한 번 더 하세요.</translation>
    </message>
    <message>
        <source>Another counter changed this customer while you were editing. Your input is kept: check the customer&apos;s current details, then save again.</source>
        <translation>입력하는 동안 다른 카운터에서 이 고객 정보를 바꿨습니다. 입력한 내용은 그대로 있으니, 고객의 최신 정보를 확인한 뒤 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>Another segment is already called {name}; choose another name.</source>
        <extracomment>Children are counted up to 18 years. Tenure and spend bounds above these are typing mistakes.</extracomment>
        <translation>{name}(이)라는 세그먼트가 이미 있습니다. 다른 이름을 정하십시오.</translation>
    </message>
    <message>
        <source>Another tier is already called {name}.</source>
        <translation>{name}(이)라는 등급이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>질문에 하나 이상 답하십시오.</translation>
    </message>
    <message>
        <source>At most {amount} can be refunded: what was paid and not used for charges.</source>
        <translation>환불은 {amount}까지 할 수 있습니다. 낸 금액 중 청구에 쓰이지 않은 금액입니다.</translation>
    </message>
    <message>
        <source>At most {amount} of this charge is unpaid.</source>
        <extracomment>Card approval numbers and cash-receipt (현금영수증) approval numbers: digits, within these lengths. The deposit given back at the end of a rental: a credit that frees what paid the deposit, set against the refund handed over (and, only when the customer agreed, against unpaid fees). Points (적립금, ``domain.points``) spent against a charge: a credit like a payment, but a discount on the statement, never money in the drawer or collected. The month is charged as usual; the box is only not sent (the contracts printed so far say nothing else). The cycle the skipped box falls in is not charged. The days the charge covers, for a cycle fee (shown and printed): first and last day, and of how many. The membership tier whose discount the cycle fee carries (``domain.tiers``), its percent and the won it took off; *amount* is net of it. Which tier (if any) a cycle is billed under, asked with the cycle&apos;s number and first day.</extracomment>
        <translation>이 청구의 미납은 {amount}까지입니다.</translation>
    </message>
    <message>
        <source>At most {maximum} points.</source>
        <translation>최대 {maximum}포인트까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>At most {open} of this charge is unpaid.</source>
        <translation>이 청구의 미납액은 {open}입니다. 그 이상은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the year: enter a date from {earliest} to {latest}.</source>
        <translation>연도를 확인해 주십시오. {earliest}부터 {latest}까지의 날짜를 입력합니다.</translation>
    </message>
    <message>
        <source>Choose a day at least a day back: the cancellations after it are what the score is checked on.</source>
        <translation>하루 이상 지난 날을 골라 주십시오. 그날 이후의 해지로 점수를 검증합니다.</translation>
    </message>
    <message>
        <source>Choose a day at most ten years back.</source>
        <translation>10년 전까지의 날짜를 골라 주십시오.</translation>
    </message>
    <message>
        <source>Choose a delivery day from 1 to 31 (in shorter months, the month&apos;s last day).</source>
        <extracomment>A box may be delivered on any day of the month; days past a shorter month&apos;s end fall on its last day.</extracomment>
        <translation>배송일을 1~31일 중에서 선택해 주세요(그날이 없는 달은 말일에 배송합니다).</translation>
    </message>
    <message>
        <source>Choose a delivery, return or toy of this customer.</source>
        <extracomment>How many of a customer&apos;s latest deliveries and returns a rating may be about. A question answered in words shows its latest answers, this many. The list of ratings reads this many at a time.</extracomment>
        <translation>이 고객의 배송, 반납 또는 장난감을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose a follow-up of this customer.</source>
        <translation>이 고객의 다시 연락할 건을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>월은 1부터 12 사이로 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose a number the customer has.</source>
        <translation>고객에게 있는 번호를 고르세요.</translation>
    </message>
    <message>
        <source>Choose a plan of the same kind; sign a new contract otherwise.</source>
        <translation>같은 종류의 요금제를 선택해 주세요. 다른 종류는 새 계약으로 진행합니다.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>요금제를 고르세요.</translation>
    </message>
    <message>
        <source>Choose a staff member who works here.</source>
        <translation>재직 중인 직원을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Choose a start position from 1 to {count}.</source>
        <translation>시작 위치를 1부터 {count} 사이에서 고르세요.</translation>
    </message>
    <message>
        <source>Choose a subscription, delivery or rental of this customer.</source>
        <extracomment>Follow-ups due shown a page at a time. How many of a customer&apos;s latest deliveries a new entry may be about (older ones are rarely the subject).</extracomment>
        <translation>이 고객의 구독, 배송 또는 대여를 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Choose at least one contact to mark as confirmed.</source>
        <translation>확인한 연락처를 하나 이상 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose at least one delivery.</source>
        <extracomment>How far ahead the schedule is kept when the Deliveries tab opens: a month, so next month&apos;s boxes can be planned.</extracomment>
        <translation>배송을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Choose at least one overdue customer.</source>
        <translation>연체 고객을 한 명 이상 고르십시오.</translation>
    </message>
    <message>
        <source>Choose at most {months} months at once.</source>
        <translation>한 번에 최대 {months}개월까지 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose how often the rental toys are swapped.</source>
        <translation>렌털 장난감 교환 주기를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose one of this customer&apos;s children.</source>
        <translation>이 고객의 자녀 중에서 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the child.</source>
        <translation>자녀를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the customer this prospect already is.</source>
        <translation>이 가망 고객에 해당하는 기존 고객을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the customer whose payment this is.</source>
        <translation>이 입금을 한 고객을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the customer, or register a new one.</source>
        <translation>고객을 고르거나 신규 고객으로 등록하세요.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the delivery, return or toy the rating is about.</source>
        <translation>평가할 배송, 반납 또는 장난감을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the weekday of the swaps.</source>
        <translation>교환 요일을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose which column holds the guardian&apos;s name (or, in a toy list, the toy&apos;s name).</source>
        <translation>보호자 이름이 있는 열을 고르십시오(장난감 목록이면 장난감 이름이 있는 열).</translation>
    </message>
    <message>
        <source>Choose who gets back to the customer.</source>
        <translation>고객에게 다시 연락할 담당 직원을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are set to hold the same thing; choose it for one of them.</source>
        <translation>{first} 열과 {second} 열이 같은 항목으로 지정되어 있습니다. 한 열에만 지정하십시오.</translation>
    </message>
    <message>
        <source>Consent to collect personal data is required to register a customer.</source>
        <translation>고객을 등록하려면 개인정보 수집·이용 동의(필수)가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Each kind of phone can be entered once.</source>
        <translation>같은 구분의 번호는 하나만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits.</source>
        <extracomment>After this many wrong PINs in a row the account is locked for ``LOCKOUT``. The window locks back to the sign-in screen after this much idle time unless the owner sets another.</extracomment>
        <translation>PIN은 4~8자리 숫자로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a date like 2026-12-27, 26.12.27, 12/27 or +7.</source>
        <translation>날짜를 읽을 수 없습니다. 2026-12-27, 26.12.27, 12/27, +7처럼 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Enter a month like 2024-03, 2024.3 or 202403.</source>
        <translation>월을 읽을 수 없습니다. 2024-03, 2024.3, 202403처럼 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <extracomment>A loan may be backdated this far (a toy handed over on a busy Saturday, recorded on Monday). Reservations still in the queue. A charge on the customer for each condition that costs something. Lending is refused while any item of the customer is overdue by more than this many days. Days from lending to the due date, unless the clerk sets another date. Suggested fee for damage or missing parts, as a percentage of the toy&apos;s value.</extracomment>
        <translation>{low}부터 {high} 사이의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a number of days from {low} to {high}.</source>
        <translation>{low}일에서 {high}일 사이로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter a number of minutes from {low} to {high}.</source>
        <translation>{low}~{high}분 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a number of months from 0 to {high}.</source>
        <translation>개월 수는 0–{high} 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a number of months from 0 to {maximum}.</source>
        <translation>0에서 {maximum} 사이의 개월 수를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Enter a number of points above 0.</source>
        <extracomment>What it is about: the monthly fee earned for or paid (its due date), the other customer of a referral. Usable today: expired points are never in it. Every entry, voided ones too, newest first. Charges due by today with something unpaid, oldest first. The discount entries in the money ledger, one per charge the points went to (oldest first).</extracomment>
        <translation>0보다 큰 적립금을 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Points used cannot be below 0.</source>
        <translation>사용할 적립금은 0보다 작을 수 없습니다.</translation>
    </message>
    <message>
        <source>Only {owed} is owed: use at most that many points.</source>
        <translation>미납 금액이 {owed}이므로 적립금은 그만큼까지만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a percent from 0 to {maximum}.</source>
        <translation>0에서 {maximum} 사이의 퍼센트를 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Enter a whole number of months, like 6.</source>
        <translation>개월 수를 6처럼 정수로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a whole number of points.</source>
        <translation>적립금은 숫자로만 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 20.</source>
        <extracomment>The backtest compares with the cancellations in this many days after the day scored. The top tenth by score is where the backtest looks for those cancellations.</extracomment>
        <translation>정수로 입력해 주십시오. 예: 20</translation>
    </message>
    <message>
        <source>Enter ages from 0 to {high} months.</source>
        <translation>나이는 0–{high}개월 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter an age from 0 to {high} months.</source>
        <translation>0부터 {high}개월 사이의 월령을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an amount from 0 to {high} won.</source>
        <translation>금액은 0–{high}원 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter an amount in won.</source>
        <extracomment>More digits than this is a paste gone wrong, not an amount; Python would refuse to read 4,301 or more.</extracomment>
        <translation>금액을 원 단위로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>전화번호를 하나 이상 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the amount as a whole number of won, e.g. 39,000.</source>
        <translation>금액은 원 단위 숫자로 입력해 주세요. 예: 39,000</translation>
    </message>
    <message>
        <source>Enter the card approval number.</source>
        <extracomment>Credit the customer holds: overpayments kept, payments left free by a voided charge. What one payment left unused. The deposit of a rental that has ended, its items back.</extracomment>
        <translation>카드 승인번호를 입력합니다.</translation>
    </message>
    <message>
        <source>Enter the days as a whole number, e.g. 7.</source>
        <translation>일수를 숫자로 입력하십시오. 예: 7</translation>
    </message>
    <message>
        <source>Enter the discount as a whole number of percent, e.g. 5.</source>
        <translation>할인율을 정수 퍼센트로 입력하십시오. 예: 5</translation>
    </message>
    <message>
        <source>Enter the discount&apos;s name.</source>
        <extracomment>What the clerk saw as evidence (&quot;가족관계증명서 확인&quot;).</extracomment>
        <translation>할인 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the months as a whole number, e.g. 12.</source>
        <translation>개월 수를 정수로 입력하십시오. 예: 12</translation>
    </message>
    <message>
        <source>Enter the name in letters.</source>
        <translation>이름을 글자로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the phone number with digits only, like 010-1234-5678.</source>
        <translation>전화번호는 숫자로만 입력해 주세요. (예: 010-1234-5678)</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s name.</source>
        <extracomment>Long-term discount on the monthly price, in percent.</extracomment>
        <translation>요금제 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the recovery code as printed, e.g. ABCD-EFGH-JKLM-NPQR.</source>
        <translation>복구 코드를 인쇄된 그대로 입력하십시오(예: ABCD-EFGH-JKLM-NPQR).</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>매장 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the tier&apos;s name.</source>
        <extracomment>Tenure thresholds up to 50 years. Spend is measured over this many months up to the day asked. Where the tier starts: months of tenure or won of spend, by the shop&apos;s basis.</extracomment>
        <translation>등급 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter where the tier starts.</source>
        <translation>등급이 시작되는 기준을 입력하십시오.</translation>
    </message>
    <message>
        <source>Free trial days are between 0 and {limit}.</source>
        <translation>무료 체험 기간은 0~{limit}일 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation>설문 제목을 입력하십시오.</translation>
    </message>
    <message>
        <source>Hold after at least the {grace} grace days: a customer is not overdue before that.</source>
        <translation>보류 기준은 유예 일수 {grace}일 이상이어야 합니다. 그 전에는 연체가 아닙니다.</translation>
    </message>
    <message>
        <source>Include the road name and the building number after the province or city.</source>
        <translation>시/도 뒤에 도로명과 건물번호까지 입력해 주세요.</translation>
    </message>
    <message>
        <source>Keep this on one line, without line breaks or special characters.</source>
        <translation>줄바꿈이나 특수 문자 없이 한 줄로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Keep this to {limit} characters or fewer (it has {length}).</source>
        <extracomment>The column&apos;s length. RFC 5321 allows 254, but no address a customer gives comes near 200. Parents often sign up before the birth (toys for the first months are chosen in advance). A pregnancy is about ten months as counted in Korea, so the expected birth month may be up to ten months ahead. The oldest child the shop&apos;s catalogue serves, with a margin; anything older is a mistyped year.</extracomment>
        <translation>{limit}자 이내로 입력해 주세요. (지금 {length}자)</translation>
    </message>
    <message>
        <source>Lending is on hold for an overdue account: a charge is unpaid more than {days} days after its due date. Take the payment first.</source>
        <translation>연체로 대여가 보류되었습니다. 납부 기한이 {days}일 넘게 지난 미납 청구가 있습니다. 먼저 수납하십시오.</translation>
    </message>
    <message>
        <source>Lending is suspended: an item is {days} days overdue (the limit is {limit} days). Take the overdue items back first.</source>
        <translation>대여가 정지되었습니다. {days}일 연체된 품목이 있습니다(기준 {limit}일). 연체 품목을 먼저 반납받으세요.</translation>
    </message>
    <message>
        <source>Looks like row {row} of this file: choose to skip this row, add it to that one, or import as new.</source>
        <translation>이 파일의 {row}행과 같아 보입니다. 이 행을 건너뛸지, 그 행의 고객에 추가할지, 새 고객으로 가져올지 고르십시오.</translation>
    </message>
    <message>
        <source>Looks like {name} ({number}) on record: choose to skip this row, add it to them, or import as new.</source>
        <translation>등록된 고객 {name}({number})과(와) 같아 보입니다. 이 행을 건너뛸지, 그 고객에 추가할지, 새 고객으로 가져올지 고르십시오.</translation>
    </message>
    <message>
        <source>Money was recorded on this day at another counter meanwhile, so what the drawer should hold has changed. Nothing was saved: look at the new totals, count again and save.</source>
        <translation>그사이 다른 계산대에서 이 날짜에 수납이 기록되어 있어야 할 현금이 바뀌었습니다. 저장하지 않았습니다. 새 합계를 확인하고 다시 세어 저장합니다.</translation>
    </message>
    <message>
        <source>Month {month} has only {days} days.</source>
        <translation>{month}월은 {days}일까지 있습니다.</translation>
    </message>
    <message>
        <source>Month {month} of {year} has only {days} days.</source>
        <translation>{year}년 {month}월은 {days}일까지 있습니다.</translation>
    </message>
    <message>
        <source>No item has the barcode {barcode}.</source>
        <translation>바코드 {barcode}인 품목이 없습니다.</translation>
    </message>
    <message>
        <source>No item has this barcode. Add the toy and its items first (매장 → 장난감과 품목), then check again.</source>
        <translation>이 바코드의 품목이 없습니다. 먼저 장난감과 품목을 등록한 뒤(매장 → 장난감과 품목) 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>No phone number can look like this. Check the digits after {prefix}.</source>
        <translation>있을 수 없는 번호입니다. {prefix} 뒤의 숫자를 확인해 주세요.</translation>
    </message>
    <message>
        <source>No plan is offered at a price on {date}.</source>
        <translation>{date}에 요금이 정해진 판매 중인 요금제가 없습니다.</translation>
    </message>
    <message>
        <source>No row of the file can mark a delivery shipped.</source>
        <translation>이 파일에는 발송 처리할 수 있는 행이 없습니다.</translation>
    </message>
    <message>
        <source>Nobody is on this list: there is nothing to export.</source>
        <translation>이 목록에 받는 고객이 없어 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>None of these deliveries is waiting to be shipped: they are shipped already, or later.</source>
        <translation>발송을 기다리는 배송이 없습니다. 이미 발송했거나 그 이후 단계입니다.</translation>
    </message>
    <message>
        <source>Note the evidence you saw for this discount.</source>
        <translation>이 할인의 확인 서류를 적어 주세요.</translation>
    </message>
    <message>
        <source>Nothing differs from the record; change what was wrong.</source>
        <translation>기록과 달라진 내용이 없습니다. 잘못된 부분을 고쳐 주십시오.</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>미납 금액이 없습니다.</translation>
    </message>
    <message>
        <source>Offer at least one term (12, 24 or 36 months).</source>
        <translation>약정 기간을 하나 이상 정해 주세요(12, 24, 36개월).</translation>
    </message>
    <message>
        <source>Only Korean phone numbers can be saved. Enter a number starting with 0, like 010-1234-5678.</source>
        <translation>국내 전화번호만 저장할 수 있습니다. 0으로 시작하는 번호를 입력해 주세요. (예: 010-1234-5678)</translation>
    </message>
    <message>
        <source>Only a complaint is resolved.</source>
        <translation>불만만 해결 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a lost or damaged item, or missing parts, carry a fee.</source>
        <translation>변상료는 분실·파손·부품 누락일 때만 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a payment or a refund is replaced by another amount.</source>
        <translation>다른 금액으로 바꿀 수 있는 것은 수납과 환불뿐입니다.</translation>
    </message>
    <message>
        <source>Only a temporary address has an end date.</source>
        <translation>종료일은 임시 거주 주소에만 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a toy box delivery is skipped.</source>
        <translation>배송 건너뛰기는 정기배송 요금제에만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only charges can carry VAT, not payments or refunds.</source>
        <extracomment>The charges that carry VAT unless the owner says otherwise: the plan fees only.</extracomment>
        <translation>부가세는 청구 항목에만 붙습니다. 입금이나 환불에는 붙지 않습니다.</translation>
    </message>
    <message>
        <source>Only points added are replaced by another number.</source>
        <translation>적립된 항목만 다른 금액으로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Only rental plans take a deposit.</source>
        <translation>보증금은 렌털 요금제에만 받습니다.</translation>
    </message>
    <message>
        <source>Only the owner can do this. The owner can approve it with their PIN.</source>
        <translation>대표만 할 수 있는 작업입니다. 대표가 PIN으로 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can do this. One of them can approve it with their PIN.</source>
        <translation>대표나 매니저만 할 수 있는 작업입니다. 둘 중 한 명이 PIN으로 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only {balance} points are left.</source>
        <extracomment>A referral reward, at most (points). Points expire after at most this many months (0: never). One grant, at most. Percent of a fully paid monthly fee earned as points (0: none). Points given to the customer whose code was used, and to the new customer, on the new customer&apos;s first sign-up. Earned points expire this many months after they were earned (0: never). The day the shop turned earning on (None: off): fees paid off before it earn nothing. Spent points no live lot covered (only after a void; a void leading to it is refused).</extracomment>
        <translation>남은 적립금은 {balance}포인트뿐입니다.</translation>
    </message>
    <message>
        <source>Question {number} is longer than {limit} characters.</source>
        <translation>{number}번 질문이 {limit}자보다 깁니다.</translation>
    </message>
    <message>
        <source>Remove the special (invisible) characters from this text.</source>
        <translation>눈에 보이지 않는 특수 문자가 섞여 있습니다. 지우고 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>Say how the customer was reached, e.g. called the spouse&apos;s phone.</source>
        <translation>고객과 어떻게 연락했는지 적으세요. 예: 배우자 번호로 통화</translation>
    </message>
    <message>
        <source>Say what was wrong, so others understand the correction.</source>
        <translation>다른 직원도 알 수 있게 무엇이 잘못됐는지 적어 주세요.</translation>
    </message>
    <message>
        <source>Say why they decided not to join, e.g. found it too expensive.</source>
        <translation>가입하지 않기로 한 이유를 입력해 주십시오. 예: 가격이 부담된다고 함.</translation>
    </message>
    <message>
        <source>Say why, for the record.</source>
        <translation>기록을 위해 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>사유를 입력합니다.</translation>
    </message>
    <message>
        <source>Scan at least one item.</source>
        <extracomment>Kinds of plan under which toys are lent (a toy box is the customer&apos;s to keep). Suggestions per child: a screenful.</extracomment>
        <translation>품목을 하나 이상 스캔하세요.</translation>
    </message>
    <message>
        <source>Scan or type the item&apos;s barcode.</source>
        <translation>품목의 바코드를 스캔하거나 입력하세요.</translation>
    </message>
    <message>
        <source>Scan the items&apos; barcodes, or choose how many labels to print.</source>
        <translation>품목의 바코드를 스캔하거나 발급할 라벨 개수를 선택하세요.</translation>
    </message>
    <message>
        <source>Schedule deliveries from today up to {days} days ahead.</source>
        <translation>배송 일정은 오늘부터 {days}일 뒤까지 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Someone changed this at another counter while you were editing, so nothing was saved. Close this window and open it again to see the current values.</source>
        <translation>편집하는 동안 다른 카운터에서 이 내용을 바꿔 저장하지 않았습니다. 창을 닫고 다시 열어 현재 내용을 확인하세요.</translation>
    </message>
    <message>
        <source>Start the address with the province or metropolitan city, like Seoul or Gyeonggi-do.</source>
        <translation>주소는 시/도부터 입력해 주세요. (예: 서울특별시, 경기도)</translation>
    </message>
    <message>
        <source>Terms are 12, 24 or 36 months, each once.</source>
        <translation>약정 기간은 12, 24, 36개월 중에서 한 번씩만 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>That is more than the {owed} owed.</source>
        <translation>미납 {owed}보다 많은 금액입니다.</translation>
    </message>
    <message>
        <source>That month&apos;s delivery is already skipped.</source>
        <translation>그 달의 배송은 이미 건너뛰기로 되어 있습니다.</translation>
    </message>
    <message>
        <source>The 011, 016, 017, 018 and 019 mobile services have been shut down, so this number probably no longer works. Ask the customer for their current 010 number.</source>
        <extracomment>Shown (not refused) for 011/016/017/018/019 numbers.</extracomment>
        <translation>011·016·017·018·019 서비스는 종료되어 이 번호는 연결되지 않을 가능성이 큽니다. 고객께 지금 쓰는 010 번호를 여쭤봐 주세요.</translation>
    </message>
    <message>
        <source>The amount is more than {limit}; check for an extra zero.</source>
        <translation>금액이 {limit}을 넘습니다. 0이 하나 더 들어가지 않았는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 won.</source>
        <translation>금액은 0원보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The amounts paid off add up to more than the payment.</source>
        <translation>갚는 금액의 합이 수납 금액보다 많습니다.</translation>
    </message>
    <message>
        <source>The amounts paid off add up to {total}; they must add up to {amount}.</source>
        <translation>청구별 금액 합계가 {total}입니다. 합계는 {amount}이어야 합니다.</translation>
    </message>
    <message>
        <source>The area or mobile code is missing. Add it in front of the number, like 010, 02 or 031.</source>
        <translation>지역번호나 010 같은 앞자리가 빠졌어요. 번호 앞에 붙여 주세요. (예: 010, 02, 031)</translation>
    </message>
    <message>
        <source>The barcode {barcode} is already on {item}. A maker&apos;s barcode names the product, not the copy: print the shop&apos;s own label for each further copy.</source>
        <translation>바코드 {barcode}은(는) 이미 {item}에 붙어 있습니다. 제조사 바코드는 개별 품목이 아닌 제품을 나타냅니다. 추가 품목에는 매장 라벨을 발급하세요.</translation>
    </message>
    <message>
        <source>The barcode {barcode} is already on {item}. Each item needs its own label.</source>
        <extracomment>Items labelled at once; a shipment of one toy is rarely more.</extracomment>
        <translation>바코드 {barcode}은(는) 이미 {item}에 붙어 있습니다. 품목마다 다른 라벨이 필요합니다.</translation>
    </message>
    <message>
        <source>The barcode {barcode} was scanned twice.</source>
        <translation>바코드 {barcode}을(를) 두 번 스캔했습니다.</translation>
    </message>
    <message>
        <source>The barcode&apos;s check digit does not match: scan it again or check the digits.</source>
        <translation>바코드의 검증 숫자가 맞지 않습니다. 다시 스캔하거나 숫자를 확인하세요.</translation>
    </message>
    <message>
        <source>The birth month can be at most {months} months ahead ({limit}), for a baby on the way.</source>
        <translation>출산 예정인 아기는 {months}개월 뒤({limit})까지만 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>The cash counted differs from what the drawer should hold by {difference}: say why.</source>
        <translation>센 현금이 있어야 할 현금과 {difference} 차이 납니다. 사유를 입력합니다.</translation>
    </message>
    <message>
        <source>The child would be over {years} years old. Check the year.</source>
        <translation>아이 나이가 {years}살을 넘습니다. 출생 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The child&apos;s birth month is needed.</source>
        <translation>자녀의 생년월이 필요합니다.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>동의한 날은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>The contract starts before the customer joined ({date}).</source>
        <translation>계약 시작일이 고객 가입일({date})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The customer already has this number as another role.</source>
        <translation>이 번호는 이미 다른 구분의 번호로 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>The customer cannot be reached: this delivery is held.</source>
        <translation>고객과 연락이 닿지 않아 보류된 배송입니다.</translation>
    </message>
    <message>
        <source>The customer&apos;s only address cannot be withdrawn; correct it instead.</source>
        <translation>고객의 유일한 주소는 취소할 수 없습니다. 대신 정정해 주세요.</translation>
    </message>
    <message>
        <source>The customer&apos;s own phone cannot be removed; record the new number instead.</source>
        <translation>고객 본인 번호는 삭제할 수 없습니다. 새 번호로 변경해 주세요.</translation>
    </message>
    <message>
        <source>The date acquired cannot be in the future.</source>
        <extracomment>The 2-set (두벌식) keyboard: which Latin key types each compatibility jamo. The day an item was bought or received: one that has come.</extracomment>
        <translation>입고일은 앞으로 올 날짜일 수 없습니다.</translation>
    </message>
    <message>
        <source>The date cannot be before the customer was registered ({registered}).</source>
        <translation>고객 가입일({registered})보다 이전 날짜는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The date the customer consented to the personal-data notice is needed to keep their record.</source>
        <translation>고객 정보를 보관하려면 개인정보 수집 동의일이 필요합니다.</translation>
    </message>
    <message>
        <source>The day the customer was told cannot be in the future.</source>
        <translation>고객에게 안내한 날은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>The deposit is given back once the contract has ended (cancelled or its term over).</source>
        <translation>보증금은 계약이 끝난 뒤(해지 또는 기간 만료)에 돌려드립니다.</translation>
    </message>
    <message>
        <source>The due date must be after the day the item is lent.</source>
        <translation>반납 예정일은 대여일 이후여야 합니다.</translation>
    </message>
    <message>
        <source>The effective date cannot be more than a year ahead ({limit}).</source>
        <translation>적용일은 1년 뒤({limit})까지만 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The effective date cannot be more than {years} years in the past.</source>
        <extracomment>How far back a change may take effect: a 2–3 year contract plus a margin, so a late-reported move in the first year of a three-year term can still be recorded. How far ahead a change may be scheduled; a move is rarely known more than a year in advance.</extracomment>
        <translation>적용일은 {years}년보다 더 이전일 수 없습니다.</translation>
    </message>
    <message>
        <source>The email address contains Korean letters. Switch the keyboard to English and type it again.</source>
        <translation>이메일 주소에 한글이 들어갔습니다. 한/영 키로 영문으로 바꾼 뒤 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>종료일은 시작일과 같거나 그 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The fee cannot be more than the toy&apos;s value ({value}).</source>
        <translation>변상료는 장난감 가액({value})보다 많을 수 없습니다.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>변상료는 0원보다 적을 수 없습니다.</translation>
    </message>
    <message>
        <source>The fee is between 0 and {limit} percent of the remaining fees.</source>
        <extracomment>Days in the month the contracts signed under ``FeeMethod.DAYS_30`` prorate by. Whole remaining billing cycles at their fee, the current cycle pro-rated by its own days. The monthly fee × the remaining days ÷ 30 (contracts signed before the billing-cycle rule). The fee never exceeds this many won, if set.</extracomment>
        <translation>위약금은 남은 이용료의 0~{limit}% 사이로 정해 주세요.</translation>
    </message>
    <message>
        <source>The file has no order-number and tracking-number columns in its first rows.</source>
        <translation>파일 앞부분에 주문번호 열과 운송장번호 열이 없습니다.</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>끝 월이 시작 월보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The ledger already has entries, so the day it opened can no longer change.</source>
        <extracomment>Subscriptions billed per transaction in the billing run, so a long run never holds the database for long. What a cycle fee covers. Of a debit: how much credits cover; of a credit: how much it pays off. A cycle fee&apos;s membership-tier discount (``domain.tiers``): the tier, its percent and the won taken off. The sum of live entries: above 0 owed, below 0 credit held. Open charges already due (today&apos;s included), oldest first. The next cycle fee coming, if any. Every entry, voided ones too, newest first. The newest entry when read: a payment made against this view is refused if the account moved on. Deliveries and lending are held for being overdue (``domain.overdue``): the days since the oldest unpaid charge was due; None when not held. The customer&apos;s deposit money the shop holds (to give back at the end of a rental). What is left over and would be kept as credit. What the points used with the payment pay off, before the money: the oldest open charges first. How far ahead the next charge is looked for (a long pause may push it past the coming month). What of its charges due by today is unpaid, and what was paid towards them. Its charges, voided ones too, newest first. The unpaid part of charges due by the day, less credit not yet set against them. Paid and not used for any charge (an overpayment kept): what may be refunded.</extracomment>
        <translation>장부에 이미 기록이 있어 장부 시작일을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The lower bound is above the upper bound.</source>
        <translation>시작 값이 끝 값보다 큽니다.</translation>
    </message>
    <message>
        <source>The message is {bytes} bytes; a long message (LMS) holds at most {most} bytes.</source>
        <translation>메시지가 {bytes}바이트입니다. 장문(LMS)은 최대 {most}바이트입니다.</translation>
    </message>
    <message>
        <source>The name has incomplete Korean letters. Finish typing each syllable.</source>
        <translation>이름에 완성되지 않은 글자가 있습니다. 글자를 끝까지 입력해 주세요.</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>최대 월령은 최소 월령보다 작을 수 없습니다.</translation>
    </message>
    <message>
        <source>The pause already ends on {date}.</source>
        <translation>일시정지는 이미 {date}에 끝납니다.</translation>
    </message>
    <message>
        <source>The pause must end on or after its start.</source>
        <translation>일시정지 종료일은 시작일과 같거나 그 이후여야 합니다.</translation>
    </message>
    <message>
        <source>The period cannot start after this month.</source>
        <translation>기간은 이번 달 이후에 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>Translation context of the column headings (the UI passes a function that translates them).</extracomment>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>종료일은 시작일과 같거나 그 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The plan has no price on {date}.</source>
        <translation>{date}에 적용되는 요금제 가격이 없습니다.</translation>
    </message>
    <message>
        <source>The postal code has exactly 5 digits, like 03925.</source>
        <extracomment>시/군/구 names are short; more is a typing mistake.</extracomment>
        <translation>우편번호는 5자리 숫자로 입력해 주세요. (예: 03925)</translation>
    </message>
    <message>
        <source>The price change was recorded on {date}; the customer cannot have been told before that.</source>
        <translation>가격 변경은 {date}에 등록되었으므로 그 전에 안내했을 수 없습니다.</translation>
    </message>
    <message>
        <source>The reminder must say when the customer agreed: keep {field} in the message.</source>
        <translation>안내에는 고객이 동의한 날짜가 있어야 합니다. 메시지에 {field}을(를) 남겨 두십시오.</translation>
    </message>
    <message>
        <source>The same delivery is on row {row} of the file.</source>
        <translation>같은 배송이 파일의 {row}행에도 있습니다.</translation>
    </message>
    <message>
        <source>The same tracking number is on row {row} of the file.</source>
        <translation>같은 운송장 번호가 파일의 {row}행에도 있습니다.</translation>
    </message>
    <message>
        <source>The same tracking number is on row {row} of this batch.</source>
        <translation>같은 운송장 번호가 이 목록의 {row}행에 있습니다.</translation>
    </message>
    <message>
        <source>The shop has no membership tier called {name}.</source>
        <translation>매장에 {name} 회원 등급이 없습니다.</translation>
    </message>
    <message>
        <source>The shop has no plan of this name. Plans: {plans}.</source>
        <extracomment>A cell as a reader hands it over: text, a number, a date or nothing. What a column holds, as one kind of file knows it (a customer list&apos;s ``Column``, a bank statement&apos;s column). A file&apos;s name as recorded with its import. Rows looked at for the header: titles and notes above it are common, a header further down is not. A header row names at least this many columns the import knows. Excel&apos;s day 0 (serial 1 is 1900-01-01, counting the leap day 1900 never had).</extracomment>
        <translation>이 이름의 요금제가 없습니다. 요금제: {plans}.</translation>
    </message>
    <message>
        <source>The shop holds no deposit for this contract.</source>
        <translation>이 계약으로 보관 중인 보증금이 없습니다.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>매장에는 대표가 한 명 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>The shop&apos;s address is not entered.</source>
        <translation>매장 주소가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>The shop&apos;s business registration number is not entered.</source>
        <translation>매장 사업자등록번호가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>The shop&apos;s name is not entered.</source>
        <extracomment>15xx/16xx/18xx representative numbers: eight digits, no area code; a shop may well use one. Weights of the first nine digits in the registration number&apos;s check digit. For questions and complaints; empty when the shop has none to print. Contract clauses the owner wrote; empty means the standard wording. What each blank detail is called when a document is refused for it.</extracomment>
        <translation>매장 상호가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>The shop&apos;s phone number is not entered.</source>
        <translation>매장 전화번호가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>The start cannot be before the customer was registered ({date}).</source>
        <translation>시작일은 고객 등록일({date}) 이전일 수 없습니다.</translation>
    </message>
    <message>
        <source>The subscription ends on {date}.</source>
        <translation>이 구독은 {date}에 끝납니다.</translation>
    </message>
    <message>
        <source>The subscription is already cancelled.</source>
        <translation>이미 해지된 구독입니다.</translation>
    </message>
    <message>
        <source>The subscription is already on this plan.</source>
        <translation>이미 이 요금제를 이용하고 있습니다.</translation>
    </message>
    <message>
        <source>The subscription is already paused during these days.</source>
        <translation>이 기간에는 이미 일시정지되어 있습니다.</translation>
    </message>
    <message>
        <source>The subscription is already renewed.</source>
        <translation>이미 갱신된 구독입니다.</translation>
    </message>
    <message>
        <source>The subscription is cancelled by then.</source>
        <translation>그날에는 이미 해지된 구독입니다.</translation>
    </message>
    <message>
        <source>The subscription is not paused on that day.</source>
        <extracomment>A renewal can be signed from this many days before the term ends.</extracomment>
        <translation>그날은 일시정지 기간이 아닙니다.</translation>
    </message>
    <message>
        <source>The subscription is paused then.</source>
        <translation>그때는 일시정지 기간입니다.</translation>
    </message>
    <message>
        <source>The subscription starts on {date}.</source>
        <translation>이 구독은 {date}에 시작합니다.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>두 PIN이 같지 않습니다.</translation>
    </message>
    <message>
        <source>There are no deliveries to print.</source>
        <translation>인쇄할 배송이 없습니다.</translation>
    </message>
    <message>
        <source>There is no customer with this referral code.</source>
        <extracomment>A referral code is the customer&apos;s number, zero-padded to at least this many digits, and a check digit. What the referral code field takes, spaces and dashes included.</extracomment>
        <translation>이 추천인 코드를 가진 고객이 없습니다.</translation>
    </message>
    <message>
        <source>There is no month {month}: a month is from 1 to 12.</source>
        <translation>{month}월은 없습니다. 월은 1부터 12까지입니다.</translation>
    </message>
    <message>
        <source>There is no number for this role on that date.</source>
        <translation>그날 이 구분에 등록된 번호가 없습니다.</translation>
    </message>
    <message>
        <source>There is no tracking number on this row.</source>
        <translation>이 행에 운송장 번호가 없습니다.</translation>
    </message>
    <message>
        <source>There is no {month}/{day} near today; type the year too.</source>
        <translation>오늘과 가까운 {month}월 {day}일이 없습니다. 연도까지 입력해 주십시오.</translation>
    </message>
    <message>
        <source>There is nothing to refund.</source>
        <translation>환불할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>These points are already spent: voiding them would leave the balance below zero.</source>
        <translation>이미 사용한 적립금입니다. 취소하면 잔액이 0보다 적어지므로 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>This bank line was settled meanwhile (at another counter); the list shows it as it is now.</source>
        <translation>이 입금 내역은 그사이 (다른 카운터에서) 처리되었습니다. 목록을 지금 상태로 다시 보여 드립니다.</translation>
    </message>
    <message>
        <source>This barcode is already on row {row} of this file.</source>
        <translation>이 바코드는 이 파일의 {row}행에 이미 있습니다.</translation>
    </message>
    <message>
        <source>This charge was already voided.</source>
        <translation>이 요금은 이미 취소되었습니다.</translation>
    </message>
    <message>
        <source>This child&apos;s record has already been corrected; open the customer again to see the current one.</source>
        <translation>이 자녀 기록은 이미 정정되었습니다. 고객을 다시 열어 현재 기록을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>This column is empty; it is needed.</source>
        <translation>이 열이 비어 있습니다. 꼭 필요한 값입니다.</translation>
    </message>
    <message>
        <source>This complaint was resolved already ({when}, {who}).</source>
        <translation>이미 해결된 불만입니다({when}, {who}).</translation>
    </message>
    <message>
        <source>This contract ended on {date}; only running contracts are imported.</source>
        <translation>이 계약은 {date}에 끝났습니다. 진행 중인 계약만 가져옵니다.</translation>
    </message>
    <message>
        <source>This contract was renewed: its deposit stays with the renewal.</source>
        <translation>갱신된 계약입니다. 보증금은 갱신 계약에 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>This customer has no running rental or unlimited subscription on {day}, so toys cannot be lent to them.</source>
        <translation>이 고객은 {day}에 이용 중인 렌털·무제한 구독이 없어 장난감을 대여할 수 없습니다.</translation>
    </message>
    <message>
        <source>This customer is linked to another prospect already ({name}): choose another customer.</source>
        <translation>이 고객은 이미 다른 가망 고객({name})과 연결되어 있습니다. 다른 고객을 고르십시오.</translation>
    </message>
    <message>
        <source>This customer&apos;s account changed at another counter meanwhile, so nothing was saved. Look at the balance again and repeat the payment.</source>
        <translation>그사이 다른 계산대에서 이 고객의 수납 내역이 바뀌어 저장하지 않았습니다. 잔액을 다시 확인하고 다시 수납합니다.</translation>
    </message>
    <message>
        <source>This database already belongs to a shop.</source>
        <translation>이 데이터베이스는 이미 다른 매장이 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>This day is not closed.</source>
        <translation>마감되지 않은 날짜입니다.</translation>
    </message>
    <message>
        <source>This day was closed at another counter meanwhile, so nothing was saved. Look at its record.</source>
        <translation>그사이 다른 계산대에서 이 날짜를 마감하여 저장하지 않았습니다. 마감 기록을 확인합니다.</translation>
    </message>
    <message>
        <source>This delivery has already been delivered or come back.</source>
        <translation>이미 배송 완료되었거나 반송된 배송입니다.</translation>
    </message>
    <message>
        <source>This delivery is cancelled.</source>
        <translation>취소된 배송입니다.</translation>
    </message>
    <message>
        <source>This delivery is not one of this customer&apos;s.</source>
        <translation>이 배송은 이 고객의 배송이 아닙니다.</translation>
    </message>
    <message>
        <source>This discount is no longer offered.</source>
        <translation>더 이상 제공하지 않는 할인입니다.</translation>
    </message>
    <message>
        <source>This entry has already been corrected or withdrawn.</source>
        <translation>이미 정정되었거나 취소된 기록입니다.</translation>
    </message>
    <message>
        <source>This entry is already voided.</source>
        <translation>이미 취소된 항목입니다.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>꼭 입력해야 하는 항목입니다.</translation>
    </message>
    <message>
        <source>This file cannot be read as a spreadsheet (.xlsx, .xls or .csv).</source>
        <translation>이 파일은 스프레드시트(.xlsx, .xls, .csv)로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This hold was released already.</source>
        <extracomment>Deliveries and contact changes shown as a held customer&apos;s recent history.</extracomment>
        <translation>이 보류는 이미 해제되었습니다.</translation>
    </message>
    <message>
        <source>This is a business number (1588, 080, 060 and the like), not a personal phone. Enter the customer&apos;s own mobile or home number.</source>
        <translation>1588·080·060 같은 업체 대표번호는 개인 연락처로 쓸 수 없습니다. 고객 본인의 휴대폰이나 집 전화번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>This is already the address in effect on that date.</source>
        <translation>그날 이미 적용 중인 주소와 같습니다.</translation>
    </message>
    <message>
        <source>This is already the number for this role on that date.</source>
        <translation>그날 이미 적용 중인 번호와 같습니다.</translation>
    </message>
    <message>
        <source>This is an old 6-digit postal code. Look up the new 5-digit postal code for this address.</source>
        <translation>예전 6자리 우편번호입니다. 이 주소의 새 5자리 우편번호(국가기초구역번호)를 찾아 입력해 주세요.</translation>
    </message>
    <message>
        <source>This is not a day of the month from 1 to 31.</source>
        <translation>1일부터 31일 사이의 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>This is not a term: write the months, like 24 or 24개월.</source>
        <translation>약정 기간이 아닙니다. 24 또는 24개월처럼 개월 수로 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not a toy category: write one of 영아, 블록, 역할놀이, 자동차, 승용, 퍼즐, 악기, 과학, 신체활동, 인형.</source>
        <translation>장난감 분류가 아닙니다. 영아, 블록, 역할놀이, 자동차, 승용, 퍼즐, 악기, 과학, 신체활동, 인형 중 하나로 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not a valid business registration number. Check the digits against the certificate.</source>
        <translation>올바른 사업자등록번호가 아닙니다. 사업자등록증의 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>This is not a way to pay: write 현금, 카드, 계좌이체 or 자동이체.</source>
        <translation>결제 방법이 아닙니다. 현금, 카드, 계좌이체, 자동이체 중 하나로 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not a weekday, like 월 or 화요일.</source>
        <translation>요일이 아닙니다. 월 또는 화요일처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not an age range: write it like 12~36개월 or 3세~7세, or give the ages in two columns.</source>
        <translation>연령 범위가 아닙니다. 12~36개월 또는 3세~7세처럼 입력하거나, 두 열에 나누어 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not an age: write months like 12 or 12개월, or years like 3세.</source>
        <translation>연령이 아닙니다. 12 또는 12개월처럼 개월로, 또는 3세처럼 나이로 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not an amount in won, like 39000 or 39,000원.</source>
        <translation>금액이 아닙니다. 39000 또는 39,000원처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not an email address. It should look like name@example.com.</source>
        <translation>이메일 주소 형식이 아닙니다. name@example.com 처럼 입력해 주세요.</translation>
    </message>
    <message>
        <source>This is the customer&apos;s own referral code.</source>
        <translation>고객 본인의 추천인 코드입니다.</translation>
    </message>
    <message>
        <source>This item is already out with row {row} of this file.</source>
        <translation>이 품목은 이 파일의 {row}행에서 이미 대여 중입니다.</translation>
    </message>
    <message>
        <source>This item is not on the shelf now (out, held, in cleaning or repair, or retired).</source>
        <translation>이 품목은 지금 매장에 없습니다(대여 중, 예약 보관, 세척·수리 중 또는 폐기).</translation>
    </message>
    <message>
        <source>This item is still out: rate it when it comes back.</source>
        <translation>아직 대여 중인 품목입니다. 반납할 때 평가하십시오.</translation>
    </message>
    <message>
        <source>This number has only {count} digits. A Korean phone number has 9 to 11 digits, including the area code.</source>
        <translation>번호가 {count}자리밖에 안 됩니다. 전화번호는 지역번호를 포함해 9~11자리입니다.</translation>
    </message>
    <message>
        <source>This number has {count} digits. A Korean phone number has at most 11; check for extra digits.</source>
        <translation>번호가 {count}자리입니다. 전화번호는 최대 11자리이니 더 들어간 숫자가 없는지 확인해 주세요.</translation>
    </message>
    <message>
        <source>This number is entered twice.</source>
        <translation>같은 번호가 두 번 입력되었습니다.</translation>
    </message>
    <message>
        <source>This plan is no longer offered.</source>
        <extracomment>Day of the month for a toy box (1-31, the last day of shorter months); None: the start date&apos;s day. Weekday of rental swaps (0 = Monday). Category discounts granted: (category id, the evidence seen). The customer&apos;s answer on marketing consent at signing, recorded with the contract when it changed. The referral code (추천인 코드) of the customer who brought this one, typed or scanned; only at the first subscription. Empty: none. The plan moved to (plan changes) or the contract continuing this one (renewals); empty otherwise. The monthly fee as signed, and as in effect today (after a plan change). Running subscriptions whose term ends within this many days (renewal follow-up). Trials that turn into paid terms within this many days. The customers of a saved segment only (``services.segments``), as the segment stands today. A pause, and a resume that may end it early, in the list queries. Made once: building an alias of a mapped class costs more (about 1 ms for the two) than running a page&apos;s query.</extracomment>
        <translation>더 이상 판매하지 않는 요금제입니다.</translation>
    </message>
    <message>
        <source>This plan offers terms of {offered} months.</source>
        <extracomment>Won off the monthly price (positive).</extracomment>
        <translation>이 요금제의 약정 기간은 {offered}개월입니다.</translation>
    </message>
    <message>
        <source>This price change does not reach this contract.</source>
        <translation>이 가격 변경은 이 계약에 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>This prospect is linked to a customer already.</source>
        <translation>이 가망 고객은 이미 고객과 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>This prospect was closed already: they joined or decided not to.</source>
        <translation>이미 종료된 가망 고객입니다. 가입했거나 가입하지 않기로 했습니다.</translation>
    </message>
    <message>
        <source>This rating was voided already.</source>
        <translation>이미 취소된 평가입니다.</translation>
    </message>
    <message>
        <source>This recovery code does not match the one printed at setup.</source>
        <translation>복구 코드가 인쇄된 코드와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>This reservation is already fulfilled or cancelled.</source>
        <translation>이 예약은 이미 대여되었거나 취소되었습니다.</translation>
    </message>
    <message>
        <source>This segment was deleted or does not exist.</source>
        <translation>삭제되었거나 없는 세그먼트입니다.</translation>
    </message>
    <message>
        <source>This staff member already has a PIN.</source>
        <translation>이 직원은 이미 PIN이 있습니다.</translation>
    </message>
    <message>
        <source>This staff member has no PIN yet and must set one first.</source>
        <translation>이 직원은 아직 PIN이 없습니다. 먼저 PIN을 정해야 합니다.</translation>
    </message>
    <message>
        <source>This staff member&apos;s role cannot approve this.</source>
        <translation>이 직원의 역할로는 이 작업을 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>This survey has no such question.</source>
        <translation>이 설문에 없는 질문입니다.</translation>
    </message>
    <message>
        <source>This survey is closed: its answers can no longer change.</source>
        <translation>마감된 설문입니다. 응답을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>This text contains an invisible control character ({code}), usually from a paste. Delete it or type the text again.</source>
        <translation>보이지 않는 제어 문자({code})가 들어 있습니다. 대개 붙여넣기에서 딸려 온 것입니다. 지우거나 직접 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>This tier starts where {name} starts: each tier needs its own threshold.</source>
        <translation>이 등급은 {name} 등급과 시작 기준이 같습니다. 등급마다 시작 기준이 달라야 합니다.</translation>
    </message>
    <message>
        <source>This tracking number is already on {delivery}&apos;s delivery.</source>
        <translation>이 운송장 번호는 이미 {delivery} 배송에 있습니다.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked. Try again in {minutes} minutes.</source>
        <translation>PIN을 여러 번 틀려 이 계정이 잠겼습니다. {minutes}분 뒤에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Toys out are lent to a child: fill in the child in this row.</source>
        <translation>대여 중인 장난감은 자녀에게 빌려준 것입니다. 이 행에 자녀를 적어 주십시오.</translation>
    </message>
    <message>
        <source>Toys out need a rental or unlimited contract in the same row; this row has none.</source>
        <translation>대여 중인 장난감에는 같은 행에 렌털 또는 무제한 계약이 있어야 합니다. 이 행에는 없습니다.</translation>
    </message>
    <message>
        <source>Type a rating from 1 to 5.</source>
        <extracomment>What the customer added to the rating: a few sentences. A survey round&apos;s title and one question. A round asks at most this many questions (a card the customer fills in at the counter). The questions as typed, one a line. A written answer to a survey question.</extracomment>
        <translation>별점은 1에서 5 사이의 숫자로 입력하십시오.</translation>
    </message>
    <message>
        <source>Type the day too, e.g. {example}.</source>
        <translation>일까지 입력해 주십시오. 예: {example}</translation>
    </message>
    <message>
        <source>Use only letters, spaces, hyphens, apostrophes and periods in a name.</source>
        <translation>이름에는 글자, 띄어쓰기, 하이픈(-), 아포스트로피(&apos;), 마침표(.)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Write age bands in months like 12-36, several with commas: 0-11, 24-36.</source>
        <extracomment>True: the last answer was yes; False: it was no, or the customer was never asked. Names of membership tiers (``domain.tiers``): the customer&apos;s tier that day is one of them. The 시/도 and 시/군/구 of the address in effect; None without an address.</extracomment>
        <translation>나이는 개월 수로 12-36처럼, 여러 개는 쉼표로 0-11, 24-36처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>Write at least one question, one a line.</source>
        <translation>질문을 한 줄에 하나씩, 하나 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>Write how the complaint was resolved.</source>
        <translation>불만을 어떻게 해결했는지 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Write the city, county or district as the address does, like Gangnam-gu or Seongnam-si.</source>
        <translation>시/군/구는 주소에 적힌 대로 강남구, 성남시처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>메시지를 입력하십시오.</translation>
    </message>
    <message>
        <source>Write what the customer said or asked.</source>
        <extracomment>What was said or asked: a few paragraphs at most. How a complaint was resolved.</extracomment>
        <translation>고객이 말하거나 요청한 내용을 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Write why the rating is voided.</source>
        <translation>평가를 취소하는 이유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Write yes (Y, O, 동의) or no (N, X, 미동의).</source>
        <translation>동의(Y, O, 동의) 또는 미동의(N, X, 미동의)로 입력하십시오.</translation>
    </message>
    <message>
        <source>Wrong PIN. After {left} more wrong tries this account is locked for five minutes.</source>
        <translation>PIN이 틀렸습니다. {left}번 더 틀리면 이 계정이 5분 동안 잠깁니다.</translation>
    </message>
    <message>
        <source>{child} is already waiting for {toy}.</source>
        <translation>{child}은(는) 이미 {toy}을(를) 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>{code} is not a Korean postal code; they run from 01000 to 63999. Check the digits.</source>
        <translation>{code}은(는) 없는 우편번호입니다(01000~63999). 숫자를 확인해 주세요.</translation>
    </message>
    <message>
        <source>{count} item(s) of this contract are not back yet; the deposit is given back when all are.</source>
        <translation>이 계약의 품목 {count}개가 아직 반납되지 않았습니다. 모두 반납되면 보증금을 돌려드립니다.</translation>
    </message>
    <message>
        <source>{date} has not come yet.</source>
        <translation>{date}은(는) 아직 오지 않은 날짜입니다.</translation>
    </message>
    <message>
        <source>{day} is closed (daily close): no payment, refund, write-off or void can be recorded on it. Record the correction on a later day with its reason.</source>
        <translation>마감된 날짜입니다({day}). 이 날짜에는 수납·환불·대손 처리·취소를 기록할 수 없습니다. 정정은 이후 날짜에 사유와 함께 기록합니다.</translation>
    </message>
    <message>
        <source>{delivery}: no address is in effect on that day. Record the customer&apos;s address first.</source>
        <translation>{delivery}: 그날 적용되는 주소가 없습니다. 고객 주소를 먼저 등록하세요.</translation>
    </message>
    <message>
        <source>{delivery}: on hold for an overdue account. Take the payment first; the hold ends by itself once the account is paid back under the shop&apos;s limit.</source>
        <translation>{delivery}: 연체로 보류 중입니다. 먼저 수납하십시오. 매장 기준 아래로 납부하면 보류는 저절로 풀립니다.</translation>
    </message>
    <message>
        <source>{delivery}: on hold, the customer cannot be reached at their address or number. Record the new one, or release the hold on the follow-up list.</source>
        <translation>{delivery}: 보류 중입니다. 고객의 주소나 전화번호로 연락이 닿지 않습니다. 새 주소나 번호를 기록하거나, 연락 두절 목록에서 보류를 해제하세요.</translation>
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
        <source>{delivery}: the address &quot;{address}&quot; does not fit on a label in print a courier can read. Shorten it in the customer&apos;s contacts or choose larger labels.</source>
        <translation>{delivery}: 주소 &quot;{address}&quot;이(가) 택배 기사가 읽을 수 있는 글자 크기로 라벨에 다 들어가지 않습니다. 고객 연락처에서 주소를 줄이거나 더 큰 라벨을 고르십시오.</translation>
    </message>
    <message>
        <source>{field} is not a field the message can be filled with. Use one of: {fields}</source>
        <translation>{field}은(는) 메시지에 넣을 수 있는 항목이 아닙니다. 다음 중에서 쓰십시오: {fields}</translation>
    </message>
    <message>
        <source>{file} could not be opened as a spreadsheet: {reason}</source>
        <translation>{file} 파일을 스프레드시트로 열지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} 파일을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} has no header the import recognises. Name the columns in one row, e.g. 이름, 연락처, 주소, 우편번호.</source>
        <translation>{file} 파일에서 알아볼 수 있는 제목 행이 없습니다. 한 행에 열 제목을 적어 주십시오. 예: 이름, 연락처, 주소, 우편번호.</translation>
    </message>
    <message>
        <source>{file} has no rows.</source>
        <translation>{file} 파일에 행이 없습니다.</translation>
    </message>
    <message>
        <source>{file} holds no deposits.</source>
        <extracomment>Rows of a sheet looked at for the header, with merged titles filled in.</extracomment>
        <translation>{file} 파일에 입금 내역이 없습니다.</translation>
    </message>
    <message>
        <source>{file} is a web page saved with a spreadsheet&apos;s name, and it holds no table: open it in Excel and save it as xlsx.</source>
        <translation>{file} 파일은 스프레드시트 이름으로 저장된 웹 페이지이며 표가 없습니다. 엑셀에서 열어 xlsx로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} is not a bank statement the app can read: it needs a column for the date (거래일), the depositor (입금자) and the deposit (입금액). Export the account&apos;s transactions from internet banking as xlsx or csv.</source>
        <extracomment>A registered depositor name (입금자명), as long as a person&apos;s name may be. The depositor and the summary (적요) of a bank line as the bank wrote them. A bank line&apos;s identity (``BankDeposit.key``).</extracomment>
        <translation>{file} 파일은 읽을 수 있는 은행 거래내역이 아닙니다. 거래일, 입금자, 입금액 열이 있어야 합니다. 인터넷뱅킹에서 계좌 거래내역을 xlsx 또는 csv로 내려받으십시오.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet the import can read: save it as xlsx, xls or csv.</source>
        <translation>{file} 파일은 가져올 수 있는 스프레드시트가 아닙니다. xlsx, xls 또는 csv로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} is text in an encoding the import does not know: save it as CSV in UTF-8 or CP949 (EUC-KR).</source>
        <translation>{file} 파일의 문자 인코딩을 읽을 수 없습니다. UTF-8 또는 CP949(EUC-KR) CSV로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} still has {rows} rows with problems or undecided duplicates; nothing was imported.</source>
        <translation>{file} 파일에 아직 문제가 있거나 중복 결정을 하지 않은 행이 {rows}개 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the text under {column} contains an invisible control character ({code}).</source>
        <translation>{file} 파일 {row}행: {column} 열에 보이지 않는 제어 문자({code})가 들어 있습니다.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the text under {column} is longer than {limit} characters.</source>
        <translation>{file} 파일 {row}행: {column} 열의 글이 {limit}자보다 깁니다.</translation>
    </message>
    <message>
        <source>{file}, row {row}: “{value}” under {column} is not a date.</source>
        <translation>{file} 파일 {row}행: {column} 열의 “{value}”은(는) 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>{file}, row {row}: “{value}” under {column} is not an amount in won.</source>
        <translation>{file} 파일 {row}행: {column} 열의 “{value}”은(는) 원 단위 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>{item} cannot be set aside for a reservation from its present state.</source>
        <translation>{item}은(는) 지금 상태에서 예약분으로 보관할 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} cannot go back on the shelf from its present state.</source>
        <translation>{item}은(는) 지금 상태에서 대여 가능으로 돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} cannot go to cleaning from its present state.</source>
        <translation>{item}은(는) 지금 상태에서 세척으로 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} cannot go to repair from its present state.</source>
        <translation>{item}은(는) 지금 상태에서 수리로 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} is already retired.</source>
        <translation>{item}은(는) 이미 폐기되었습니다.</translation>
    </message>
    <message>
        <source>{item} is in cleaning; finish the cleaning before lending it.</source>
        <translation>{item}은(는) 세척 중입니다. 세척을 마친 뒤 대여하세요.</translation>
    </message>
    <message>
        <source>{item} is in repair; finish the repair before lending it.</source>
        <translation>{item}은(는) 수리 중입니다. 수리를 마친 뒤 대여하세요.</translation>
    </message>
    <message>
        <source>{item} is not in cleaning or repair.</source>
        <translation>{item}은(는) 세척 중이거나 수리 중이 아닙니다.</translation>
    </message>
    <message>
        <source>{item} is not on loan, so it cannot be returned.</source>
        <translation>{item}은(는) 대여 중이 아니므로 반납할 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} is not out on loan, so there is nothing to return.</source>
        <translation>{item}은(는) 대여 중이 아니므로 반납할 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} is on loan and has not been returned.</source>
        <extracomment>Ages are in months; a toy for &quot;up to 10 years&quot; is 120. Every step an item may take in the shop&apos;s hands. From cleaning or repair an item goes back to the shelf, or straight to a waiting reservation (held); cleaning may find damage (repair) and a repair may end with a wash (cleaning). An item on loan takes none of these: it comes back by a return (``RETURN_TRANSITIONS``). Where a return may send an item, by the state it was in: only an item on loan is returned, and its condition sends it back on the shelf or to a waiting child (clean), to cleaning, to repair, or out of use (lost). States from which an item can be lent (a held one only to its reservation&apos;s child). States the shop must act on before the item can go out again. Why an item cannot be lent, by its state: the counter needs to hear where the item is.</extracomment>
        <translation>{item}은(는) 대여 중이며 아직 반납되지 않았습니다.</translation>
    </message>
    <message>
        <source>{item} is on loan: record its return first (as lost, damaged or dirty, if it is).</source>
        <translation>{item}은(는) 대여 중입니다. 먼저 반납을 기록하세요(분실·파손·세척 필요도 반납으로 기록합니다).</translation>
    </message>
    <message>
        <source>{item} is out with another customer, not this one.</source>
        <translation>{item}은(는) 이 고객이 아닌 다른 고객이 대여 중입니다.</translation>
    </message>
    <message>
        <source>{item} is retired and cannot be lent.</source>
        <translation>{item}은(는) 폐기된 품목이라 대여할 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} is set aside for {customer}&apos;s reservation and cannot be lent to anyone else.</source>
        <translation>{item}은(는) {customer} 고객의 예약분으로 보관 중이라 다른 고객에게 대여할 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} was lent on {date}; it cannot have come back before that.</source>
        <translation>{item}은(는) {date}에 대여되었습니다. 그보다 먼저 반납될 수 없습니다.</translation>
    </message>
    <message>
        <source>{item} was scanned twice.</source>
        <translation>{item}을(를) 두 번 스캔했습니다.</translation>
    </message>
    <message>
        <source>{number} is not a delivery number of this shop.</source>
        <translation>{number}은(는) 이 매장의 배송 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>{prefix} is not an area code or mobile code for personal phones. Check the first digits.</source>
        <translation>{prefix}은(는) 개인 전화의 지역번호나 휴대폰 앞자리가 아닙니다. 앞자리를 확인해 주세요.</translation>
    </message>
    <message>
        <source>{region} is not a province or metropolitan city.</source>
        <translation>{region}은(는) 시/도 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>{toy} is no longer in the catalogue.</source>
        <translation>{toy}은(는) 더 이상 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>{toy} is no longer in the catalogue; put it back first.</source>
        <translation>{toy}은(는) 카탈로그에서 제외되었습니다. 먼저 복원하세요.</translation>
    </message>
</context>
<context>
    <name>VatSettingsDialog</name>
    <message>
        <source>&amp;General taxpayer: statements and receipts show the supply value and VAT</source>
        <translation>일반과세자(&amp;G): 내역서와 영수증에 공급가액과 부가세를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Simplified taxpayer: no VAT lines</source>
        <translation>간이과세자(&amp;S): 부가세를 표시하지 않습니다</translation>
    </message>
    <message>
        <source>Changing this needs a manager or the owner: one of them approves with their PIN when you save.</source>
        <translation>이 설정을 바꾸려면 매니저나 대표가 필요합니다. 저장할 때 그중 한 사람이 PIN으로 승인합니다.</translation>
    </message>
    <message>
        <source>Charges that carry VAT:</source>
        <translation>부가세 대상 청구:</translation>
    </message>
    <message>
        <source>Prices include VAT. A general taxpayer&apos;s statements and receipts split the charges that carry VAT into supply value (the amount ÷ 1.1, rounded to the won) and VAT. A deposit is money held to give back, and the early-termination, late, damage and loss fees are compensation, not supplies: they carry no VAT unless your accountant says otherwise.</source>
        <translation>가격은 부가세 포함 금액입니다. 일반과세자의 내역서와 영수증은 부가세 대상 청구를 공급가액(금액 ÷ 1.1, 원 단위 반올림)과 부가세로 나누어 표시합니다. 보증금은 돌려드릴 돈이고, 위약금·연체료·변상금은 손해배상이지 공급이 아니므로 세무사가 달리 말하지 않는 한 부가세가 붙지 않습니다.</translation>
    </message>
    <message>
        <source>Tax (VAT) settings</source>
        <extracomment>The charges in the order the clerk reads them.</extracomment>
        <translation>부가세 설정</translation>
    </message>
    <message>
        <source>The shop is a:</source>
        <translation>사업자 유형:</translation>
    </message>
    <message>
        <source>VAT-&amp;exempt business: no VAT lines</source>
        <translation>면세사업자(&amp;E): 부가세를 표시하지 않습니다</translation>
    </message>
</context>
<context>
    <name>VoidEntryDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>Void an account entry</source>
        <translation>수납·청구 항목 취소</translation>
    </message>
    <message>
        <source>e.g. amount typed wrong</source>
        <translation>예: 금액을 잘못 입력함</translation>
    </message>
    <message>
        <source>{entry}, {amount}, {date}. It stays on the account, marked as voided with the reason.</source>
        <translation>{entry}, {amount}, {date}. 지워지지 않고 취소 사유와 함께 &apos;취소됨&apos;으로 남습니다.</translation>
    </message>
</context>
<context>
    <name>VoidPointsDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>Void a points entry</source>
        <translation>적립금 항목 취소</translation>
    </message>
    <message>
        <source>{what}, {points}, {date}. It stays in the history, marked as voided with the reason.</source>
        <translation>{what}, {points}, {date}. 내역에는 남고 사유와 함께 취소로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>VoidRatingDialog</name>
    <message>
        <source>&amp;Why</source>
        <translation>취소 사유(&amp;W)</translation>
    </message>
    <message>
        <source>Void rating — {name}</source>
        <translation>평가 취소 — {name}</translation>
    </message>
    <message>
        <source>e.g. entered on the wrong customer&apos;s card</source>
        <translation>예: 다른 고객 카드에 잘못 입력함</translation>
    </message>
    <message>
        <source>{stars} {about}{comment}, recorded {when} by {staff}. A voided rating stays on record, out of every average.</source>
        <translation>{stars} {about}{comment} ({when}, {staff} 기록). 취소한 평가는 기록에 남고 모든 평균에서 빠집니다.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source> ({days} of {cycle_days} days)</source>
        <translation> ({days}/{cycle_days}일)</translation>
    </message>
    <message>
        <source> · {tier} tier discount {percent}% -{discount}</source>
        <translation> · {tier} 등급 할인 {percent}% -{discount}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>이용 중</translation>
    </message>
    <message>
        <source>Active play</source>
        <translation>신체활동</translation>
    </message>
    <message>
        <source>At the shop</source>
        <translation>매장 방문</translation>
    </message>
    <message>
        <source>Auto-debit</source>
        <translation>자동이체</translation>
    </message>
    <message>
        <source>Baby and sensory</source>
        <translation>영아·감각</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>계좌이체</translation>
    </message>
    <message>
        <source>Blocks and building</source>
        <translation>블록·조립</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>블로그</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>우편</translation>
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
        <source>CMS auto debit</source>
        <translation>CMS 자동이체</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Cars and trains</source>
        <translation>자동차·기차</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>깨끗함</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>파손 변상</translation>
    </message>
    <message>
        <source>Damage fee</source>
        <translation>파손 변상료</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Delivery of {date} · {name}</source>
        <extracomment>The latest ratings of the customer shown above the form. A survey question&apos;s label beside its field, in characters (the whole question is its tooltip).</extracomment>
        <translation>{date} 배송 · {name}</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Deposit returned</source>
        <translation>보증금 반환</translation>
    </message>
    <message>
        <source>Discount: points used</source>
        <translation>할인: 적립금 사용</translation>
    </message>
    <message>
        <source>Dolls and figures</source>
        <translation>인형·피규어</translation>
    </message>
    <message>
        <source>Early-termination fee</source>
        <translation>위약금</translation>
    </message>
    <message>
        <source>Earned (paid month)</source>
        <extracomment>Each history row&apos;s points entry id.</extracomment>
        <translation>적립 (납부한 달)</translation>
    </message>
    <message>
        <source>End of stay set</source>
        <translation>임시 거주 종료일 지정</translation>
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
        <source>Expired</source>
        <translation>소멸</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>배송 실패</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>전단</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Granted by the shop</source>
        <translation>매장 지급</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>집</translation>
    </message>
    <message>
        <source>In cleaning</source>
        <translation>세척 중</translation>
    </message>
    <message>
        <source>In person at the shop</source>
        <translation>매장에서 직접</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>수리 중</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <source>Internet phone (070)</source>
        <translation>인터넷전화 (070)</translation>
    </message>
    <message>
        <source>It came back to the shop</source>
        <translation>매장으로 반송되었습니다</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>유선전화</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>연체료</translation>
    </message>
    <message>
        <source>Late return</source>
        <translation>연체료</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>대여함</translation>
    </message>
    <message>
        <source>Loss fee</source>
        <translation>분실 변상료</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>분실</translation>
    </message>
    <message>
        <source>Lost item</source>
        <translation>분실 변상</translation>
    </message>
    <message>
        <source>Membership tier: none yet</source>
        <translation>회원 등급: 아직 없음</translation>
    </message>
    <message>
        <source>Membership tier: {tier} ({benefits})</source>
        <translation>회원 등급: {tier} ({benefits})</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>부품 누락</translation>
    </message>
    <message>
        <source>Mobile · SMS</source>
        <translation>휴대전화 · 문자 가능</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 이용료</translation>
    </message>
    <message>
        <source>Monthly toy box</source>
        <translation>정기배송</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이사</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>악기·음악</translation>
    </message>
    <message>
        <source>Needs cleaning</source>
        <translation>세척 필요</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>불필요(취소)</translation>
    </message>
    <message>
        <source>Number added</source>
        <translation>번호 추가</translation>
    </message>
    <message>
        <source>Number change</source>
        <translation>번호 변경</translation>
    </message>
    <message>
        <source>Number removed</source>
        <translation>번호 삭제</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>대여 중</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>대여 가능</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>포장됨</translation>
    </message>
    <message>
        <source>Packed but no longer needed: unpack it</source>
        <translation>포장했지만 더 이상 필요 없습니다: 포장을 푸세요</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>수납</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>칭찬</translation>
    </message>
    <message>
        <source>Puzzles and games</source>
        <translation>퍼즐·게임</translation>
    </message>
    <message>
        <source>Ready: item set aside</source>
        <translation>준비됨: 품목 보관 중</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>추천 보상</translation>
    </message>
    <message>
        <source>Referred by someone they know</source>
        <translation>지인 추천</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>가입</translation>
    </message>
    <message>
        <source>Renewal talk</source>
        <translation>재계약 상담</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>렌털</translation>
    </message>
    <message>
        <source>Rental swap</source>
        <translation>렌털 교환</translation>
    </message>
    <message>
        <source>Rental {toy}, lent {date}</source>
        <translation>대여 {toy} ({date} 대여)</translation>
    </message>
    <message>
        <source>Rental {toy}, out since {date}</source>
        <translation>대여 중 {toy} ({date}부터)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반납</translation>
    </message>
    <message>
        <source>Return of {date} · {name}</source>
        <translation>{date} 반납 · {name}</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <source>Ride-on toys</source>
        <translation>승용완구</translation>
    </message>
    <message>
        <source>Role play</source>
        <translation>역할놀이</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>배송 예정</translation>
    </message>
    <message>
        <source>Science and learning</source>
        <translation>과학·학습</translation>
    </message>
    <message>
        <source>Set aside for a reservation</source>
        <translation>예약분 보관 중</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>발송됨</translation>
    </message>
    <message>
        <source>Shipped to the old address: the customer had moved</source>
        <translation>이전 주소로 발송됨: 고객이 이사했습니다</translation>
    </message>
    <message>
        <source>Signed electronically</source>
        <translation>전자 서명</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>서면 서명</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>시작 예정</translation>
    </message>
    <message>
        <source>Subscription {contract} {plan}</source>
        <extracomment>A note&apos;s lines shown in a one-line cell.</extracomment>
        <translation>구독 {contract} {plan}</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>Temporary stay</source>
        <translation>임시 거주</translation>
    </message>
    <message>
        <source>The courier could not deliver it</source>
        <translation>택배사가 배송하지 못했습니다</translation>
    </message>
    <message>
        <source>The label has an old address: unpack and pack again</source>
        <translation>라벨에 이전 주소가 있습니다: 포장을 풀고 다시 포장하세요</translation>
    </message>
    <message>
        <source>The month is charged as usual; only the box is not sent</source>
        <translation>그달 이용료는 그대로 받고 상자만 보내지 않습니다</translation>
    </message>
    <message>
        <source>The month of a skipped box is not charged</source>
        <translation>건너뛴 달의 이용료는 받지 않습니다</translation>
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
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Told at the counter or by phone</source>
        <translation>매장·전화로 들음</translation>
    </message>
    <message>
        <source>Toy</source>
        <translation>장난감</translation>
    </message>
    <message>
        <source>Toy box</source>
        <translation>장난감 박스</translation>
    </message>
    <message>
        <source>Toy {name} (last lent {date})</source>
        <translation>장난감 {name} (마지막 대여 {date})</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>체험 중</translation>
    </message>
    <message>
        <source>Trial user</source>
        <translation>체험</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>무제한</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Verbally, noted by staff</source>
        <translation>구두 동의 (직원 기록)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>취소됨: {reason}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>매장 방문</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>대손 처리</translation>
    </message>
    <message>
        <source>Written on a feedback card</source>
        <translation>만족도 카드에 적음</translation>
    </message>
    <message>
        <source>fee due {date}</source>
        <translation>{date} 청구분</translation>
    </message>
    <message>
        <source>no benefits</source>
        <translation>혜택 없음</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>priority reservations</source>
        <translation>우선 예약</translation>
    </message>
    <message>
        <source>{amount} to the next tier, {tier}</source>
        <translation>다음 등급 {tier}까지 {amount}</translation>
    </message>
    <message>
        <source>{amount} won</source>
        <translation>{amount}원</translation>
    </message>
    <message>
        <source>{kind} due {date}, unpaid {amount}</source>
        <translation>{kind} {date} 청구, 미납 {amount}</translation>
    </message>
    <message>
        <source>{kind} of {date} · {contract}</source>
        <translation>{date} {kind} · {contract}</translation>
    </message>
    <message>
        <source>{low}–{high} months</source>
        <translation>{low}~{high}개월</translation>
    </message>
    <message>
        <source>{mean} ({count})</source>
        <translation>{mean} ({count}건)</translation>
    </message>
    <message>
        <source>{months} months to the next tier, {tier}</source>
        <translation>다음 등급 {tier}까지 {months}개월</translation>
    </message>
    <message>
        <source>{months} months with us</source>
        <translation>{months}개월 이용</translation>
    </message>
    <message>
        <source>{percent}% off</source>
        <translation>{percent}% 할인</translation>
    </message>
    <message>
        <source>{place} · priority</source>
        <translation>{place} · 우선</translation>
    </message>
    <message>
        <source>{points}P</source>
        <translation>{points}P</translation>
    </message>
    <message>
        <source>{won} paid in the last 12 months</source>
        <translation>최근 12개월 {won} 이용</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>&amp;Amount (won)</source>
        <translation>금액(원)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>청구(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>The part written off is no longer owed; the charge stays on the account. Only a manager or the owner.</source>
        <translation>대손 처리한 금액은 더 이상 받지 않습니다. 청구 내역은 계정에 남습니다. 매니저나 대표만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Write off — {name}</source>
        <translation>대손 처리 — {name}</translation>
    </message>
    <message>
        <source>e.g. the customer moved abroad</source>
        <translation>예: 고객 해외 이주</translation>
    </message>
    <message>
        <source>{charge}, due {date}: {amount} unpaid</source>
        <translation>{charge}, 청구일 {date}: 미납 {amount}</translation>
    </message>
</context>
</TS>
