<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="+395"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../app/ui/auto_backup.py" line="+41"/>
        <source>Đã sao lưu tự động: {name}</source>
        <translation>Automatic backup made: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chưa sao lưu tự động được: {error}</source>
        <translation>The automatic backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../app/ui/backup_panel.py" line="+95"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn thư mục hoặc USB để lưu bản sao</source>
        <translation>Choose a folder or USB stick for the backup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang sao lưu và kiểm tra…</source>
        <translation>Backing up and checking…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ sở dữ liệu (*.db);;Mọi tệp (*)</source>
        <translation>Databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Khôi phục bản sao lưu lúc {time} ({kind})?

Tệp: {path}
Có {sales} hóa đơn, hóa đơn cuối lúc {last}.

Dữ liệu đang dùng sẽ được cất vào {folder} trước, rồi được thay bằng bản này; ứng dụng sẽ đóng và mở lại với dữ liệu đã khôi phục. Những gì ghi sau lúc sao lưu sẽ không còn trong dữ liệu đang dùng (vẫn nằm trong bản được cất).</source>
        <translation>Restore the backup of {time} ({kind})?

File: {path}
It holds {sales} sales, the last one at {last}.

The data in use will first be set aside in {folder}, then replaced by this backup; the app will close and reopen with the restored data. Whatever was recorded after the backup was made will no longer be in the data in use (it stays in the copy set aside).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã sao lưu và kiểm tra: {path} ({size})</source>
        <translation>Backed up and checked: {path} ({size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ứng dụng tự sao lưu mỗi ngày khi mở và mỗi lần chốt ca vào {folder}, giữ bản của 7 ngày và 4 tuần gần nhất; mỗi bản đều được kiểm tra toàn vẹn. Hãy thường xuyên chép một bản ra USB bằng &quot;Sao lưu ngay&quot;.</source>
        <translation>The app backs up by itself every day when it starts and at every shift close, into {folder}, keeping the last 7 days and 4 weeks; every copy is integrity-checked. Copy one to a USB stick regularly with &quot;Back up now&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../app/ui/models/backup_table_model.py" line="+36"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <location filename="../../app/ui/models/stock_table_models.py" line="+81"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm kho</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tồn</source>
        <translation>In stock</translation>
    </message>
</context>
<context>
    <name>CartLineEditor</name>
    <message>
        <location filename="../../app/ui/line_edit_dialog.py" line="+277"/>
        <source>{name} đã duyệt</source>
        <translation>Approved by {name}</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../app/ui/models/cart_table_model.py" line="+84"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên hàng</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn giá</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giảm</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Giá niêm yết: {price}</source>
        <translation>List price: {price}</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="+136"/>
        <source>Chốt ca</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chốt ca và lưu báo cáo Z</source>
        <translation>Close shift and save Z report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quay lại bán</source>
        <translation>Back to selling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có ca nào đang mở</source>
        <translation>No shift is open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chốt ca {number}</source>
        <translation>Close shift {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mở lúc {time} bởi {name} · tiền đầu ca {float}
Bán {count} hóa đơn: {total} · hủy {voids} · hoàn tiền {refunds}</source>
        <translation>Opened at {time} by {name} · opening float {float}
{count} sales: {total} · {voids} voided · {refunds} refunds</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đếm tiền mặt trong két và nhập số đếm được. Các phương thức khác lấy sẵn số dự kiến; sửa nếu sao kê ngân hàng hoặc máy thẻ khác đi.</source>
        <translation>Count the cash in the drawer and enter the amount. Other methods are prefilled with the expected amount; correct them if the bank statement or card terminal differs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phương thức</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dự kiến (₫)</source>
        <translation>Expected (₫)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thực đếm (₫)</source>
        <translation>Counted (₫)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chênh lệch (₫)</source>
        <translation>Difference (₫)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bắt buộc</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Đã chốt ca nhưng chưa lưu được báo cáo Z: {error}</source>
        <translation>The shift is closed but the Z report could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>không hợp lệ</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+{amount} (thừa)</source>
        <translation>+{amount} (over)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} (thiếu)</source>
        <translation>{amount} (short)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 (khớp)</source>
        <translation>0 (matches)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã chốt ca</source>
        <translation>Shift closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã chốt ca. Báo cáo Z đã lưu tại:
{path}

In báo cáo Z ngay?</source>
        <translation>Shift closed. The Z report was saved to:
{path}

Print the Z report now?</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../app/ui/stock_count_dialog.py" line="+43"/>
        <source>Kiểm kê</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: kiểm kê cuối hội chợ, vỡ 2 hũ khi vận chuyển</source>
        <translation>E.g. end-of-fair count, 2 jars broken in transit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điểm kho</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do chênh lệch</source>
        <translation>Reason for differences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem chênh lệch</source>
        <translation>Show differences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi kiểm kê (cần quản lý)</source>
        <translation>Save count (manager)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Đếm khớp sổ sách: {count} sản phẩm.</source>
        <translation>Counts match the books: {count} products.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã ghi kiểm kê {count} sản phẩm ở {location}; điều chỉnh {moves} dòng. {approved}</source>
        <translation>Saved the count of {count} products at {location}; {moves} lines adjusted. {approved}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hãy nhập số đếm được cho ít nhất một sản phẩm</source>
        <translation>Enter a counted quantity for at least one product</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ghi kiểm kê ở {location}</source>
        <translation>Save the stock count at {location}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chênh lệch {count} sản phẩm ({total}): {items}</source>
        <translation>{count} products differ ({total}): {items}</translation>
    </message>
</context>
<context>
    <name>CrashMessage</name>
    <message>
        <location filename="../../app/ui/diagnostics.py" line="+51"/>
        <source>Ứng dụng gặp một lỗi không mong muốn. Các đơn hàng đã lưu vẫn an toàn.</source>
        <translation>The app ran into an unexpected error. Sales already saved are safe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hãy làm lại thao tác vừa rồi. Nếu lỗi lặp lại, hãy đóng và mở lại ứng dụng, rồi gửi tệp nhật ký này cho người hỗ trợ:</source>
        <translation>Try what you just did again. If the error comes back, close and reopen the app, then send this log file to your support contact:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chi tiết: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/customer_display.py" line="+241"/>
        <source>Chào mừng quý khách</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sản phẩm OCOP – Mỗi xã một sản phẩm</source>
        <translation>OCOP products – One Commune One Product</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chuyển khoản bằng VietQR</source>
        <translation>Pay by bank transfer (VietQR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số tài khoản: {account}</source>
        <translation>Account number: {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung: {reference}</source>
        <translation>Transfer note: {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quét mã bằng ứng dụng ngân hàng bất kỳ</source>
        <translation>Scan the code with any banking app</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cảm ơn quý khách!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền thừa trả lại</source>
        <translation>Your change</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+251"/>
        <source>Màn hình khách hàng</source>
        <translation>Customer display</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../app/ui/enroll_dialog.py" line="+189"/>
        <source>Đăng ký lại với máy chủ tỉnh</source>
        <translation>Re-register with the provincial hub</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập mã đăng ký mới do Sở Công Thương cấp. Dữ liệu đang chờ gửi vẫn được giữ và sẽ gửi lên sau khi đăng ký xong.</source>
        <translation>Enter the new registration code issued by the Department of Industry and Trade. Data waiting to be sent is kept and will be sent once registration is done.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnrollForm</name>
    <message>
        <location line="-90"/>
        <source>Chọn chứng chỉ CA của máy chủ</source>
        <translation>Choose the hub&apos;s CA certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hãy nhập địa chỉ máy chủ tỉnh (https://…)</source>
        <translation>Enter the provincial hub address (https://…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hãy nhập mã đăng ký do Sở Công Thương cấp</source>
        <translation>Enter the registration code issued by the Department of Industry and Trade</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kiểm tra mạng (Wi-Fi, 4G) và địa chỉ máy chủ rồi bấm “Đăng ký” lần nữa: mã vẫn dùng được.</source>
        <translation>Check the network (Wi-Fi, 4G) and the hub address, then press “Register” again: the code still works.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Địa chỉ này không phải máy chủ OCOP của tỉnh, hoặc máy chủ và ứng dụng khác phiên bản: hãy hỏi Sở Công Thương.</source>
        <translation>This address is not the provincial OCOP hub, or the hub and the app are different versions: ask the Department of Industry and Trade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hãy xin Sở Công Thương một mã đăng ký mới.</source>
        <translation>Ask the Department of Industry and Trade for a new registration code.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang kết nối máy chủ…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Địa chỉ máy chủ</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã đăng ký</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã dùng một lần, ví dụ ABCD-EFGH-JKLM</source>
        <translation>One-time code, e.g. ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ CA (nếu có)</source>
        <translation>CA certificate (if any)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ khi tỉnh dùng chứng chỉ riêng</source>
        <translation>Only if the province uses its own certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>ErrorDetailRow</name>
    <message>
        <location filename="../../app/ui/error_detail_row.py" line="+55"/>
        <source>Ẩn chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+60"/>
        <source>Nhập danh mục từ tệp</source>
        <translation>Import catalog from file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa chọn tệp (CSV hoặc XLSX)</source>
        <translation>No file chosen (CSV or XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nhập các dòng hợp lệ</source>
        <translation>Import valid rows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập tất cả hoặc không nhập gì</source>
        <translation>Import all or nothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Chọn tệp danh mục</source>
        <translation>Choose a catalog file</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đã nhập: {created} sản phẩm mới, {updated} sản phẩm sửa, {unchanged} không đổi; {producers} chủ thể mới. Bỏ qua {skipped} dòng lỗi.</source>
        <translation>Imported: {created} new products, {updated} updated, {unchanged} unchanged; {producers} new producers. Skipped {skipped} rows with errors.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tệp {file}: {rows} dòng. Hợp lệ {good} dòng: {new} sản phẩm mới, {changed} thay đổi, {same} không đổi, {producers} chủ thể mới. Dòng lỗi: {bad}. Cảnh báo: {warnings}.</source>
        <translation>File {file}: {rows} rows. {good} valid: {new} new products, {changed} changed, {same} unchanged, {producers} new producers. Rows with errors: {bad}. Warnings: {warnings}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không có dòng lỗi; {count} cảnh báo không ngăn việc nhập.</source>
        <translation>No rows with errors; the {count} warnings do not stop the import.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cảnh báo ({count}) – các dòng này vẫn được nhập; chủ thể ghi khác nhau ở nhiều dòng thì giữ giá trị của dòng đầu tiên:</source>
        <translation>Warnings ({count}) – these rows are still imported; a producer written differently on several rows keeps the value of its first row:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{bad} dòng có lỗi (danh sách ở trên). Sửa tệp rồi chọn lại, hoặc chỉ nhập các dòng hợp lệ.</source>
        <translation>{bad} rows have errors (listed above). Fix the file and choose it again, or import only the valid rows.</translation>
    </message>
</context>
<context>
    <name>ImportErrorsTableModel</name>
    <message>
        <location filename="../../app/ui/models/import_errors_table_model.py" line="+45"/>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>LabelCalibrationDialog</name>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="+71"/>
        <source>Căn lề máy in nhãn</source>
        <translation>Align label printer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In trang thử, đặt lên một tờ nhãn thật và đo độ lệch: dương là dịch sang phải (X) và xuống dưới (Y).</source>
        <translation>Print a test page, lay it on a real label sheet and measure the offset: positive moves right (X) and down (Y).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In trang thử căn lề</source>
        <translation>Print alignment test page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lệch ngang (X)</source>
        <translation>Horizontal offset (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lệch dọc (Y)</source>
        <translation>Vertical offset (Y)</translation>
    </message>
</context>
<context>
    <name>LabelQueueTableModel</name>
    <message>
        <location filename="../../app/ui/models/label_queue_table_model.py" line="+68"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số nhãn</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>LabelSearchTableModel</name>
    <message>
        <location filename="../../app/ui/models/label_search_table_model.py" line="+39"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>LabelStockDialog</name>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="+38"/>
        <source>Khổ nhãn mới</source>
        <translation>New label stock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cuộn (máy in nhiệt)</source>
        <translation>Roll (thermal printer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tờ A4 nhiều nhãn</source>
        <translation>A4 label sheet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tên (không dấu)</source>
        <translation>Name (no accents)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên hiển thị</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rộng nhãn</source>
        <translation>Label width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cao nhãn</source>
        <translation>Label height</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rộng trang (tờ)</source>
        <translation>Page width (sheet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cao trang (tờ)</source>
        <translation>Page height (sheet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số cột</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hàng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lề trái</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lề trên</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bước ngang</source>
        <translation>Horizontal pitch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bước dọc</source>
        <translation>Vertical pitch</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../../app/ui/labels_page.py" line="+165"/>
        <source>Tìm sản phẩm: tên, mã, chủ thể (gõ không dấu được)</source>
        <translation>Search name, code, producer (accents optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số nhãn</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm vào danh sách</source>
        <translation>Add to list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm theo phiếu nhập</source>
        <translation>Add from receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mỗi đơn vị nhận vào được một nhãn</source>
        <translation>One label per unit received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ dòng</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa hết</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_job_form.py" line="+54"/>
        <source>Mẫu nhãn</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khổ nhãn</source>
        <translation>Label stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắt đầu từ nhãn số</source>
        <translation>Start at label no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số bản mỗi sản phẩm</source>
        <translation>Copies per product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lô (liên kết GS1)</source>
        <translation>Lot no. (GS1 link)</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_output_bar.py" line="+56"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In nhãn…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn lề máy in…</source>
        <translation>Align printer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khổ nhãn mới…</source>
        <translation>New label stock…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels_page.py" line="+15"/>
        <source>{when} – {lines} mặt hàng, {units} đơn vị</source>
        <translation>{when} – {lines} items, {units} units</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{n} nhãn</source>
        <translation>{n} labels</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chọn sản phẩm để xem trước nhãn.</source>
        <translation>Choose products to preview labels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_output_bar.py" line="+9"/>
        <source>Lưu nhãn thành PDF</source>
        <translation>Save labels as PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In nhãn</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels_page.py" line="+53"/>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã gửi {pages} trang tới máy in</source>
        <translation>Sent {pages} pages to the printer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{labels} nhãn; trang 1 ở kích thước thật</source>
        <translation>{labels} labels; page 1 at actual size</translation>
    </message>
</context>
<context>
    <name>LineValueDialog</name>
    <message>
        <location filename="../../app/ui/line_edit_dialog.py" line="-192"/>
        <source>Xóa một ký tự</source>
        <translation>Delete one character</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hàng cân: có thể nhập số lẻ, ví dụ 1,25 {unit}</source>
        <translation>Sold by weight: decimals allowed, e.g. 1.25 {unit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng {name} ({unit})</source>
        <translation>Quantity of {name} ({unit})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thành tiền trước giảm: {gross}. Giảm đến {limit}% không cần quản lý; cao hơn cần mã PIN quản lý.</source>
        <translation>Amount before discount: {gross}. Up to {limit}% needs no manager; more needs a manager&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giảm giá</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giảm giá cho {name} (số tiền, hoặc phần trăm như 10%)</source>
        <translation>Discount on {name} (an amount, or a percentage like 10%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Giá niêm yết: {price}. Đổi giá cần mã PIN quản lý.</source>
        <translation>List price: {price}. Changing the price needs a manager&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đổi giá bán</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn giá mới cho {name}</source>
        <translation>New unit price for {name}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="+180"/>
        <source>Hãy chọn tên của bạn trước</source>
        <translation>Choose your name first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hãy nhập mã PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} bị khóa do sai PIN nhiều lần: còn {seconds} giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Đăng nhập bán hàng</source>
        <translation>Sign in to sell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tên của bạn rồi nhập mã PIN (4 đến 8 chữ số).</source>
        <translation>Choose your name, then enter your PIN (4 to 8 digits).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có nhân viên nào trên máy này. Hãy nạp dữ liệu hoặc đồng bộ.</source>
        <translation>There is no staff on this computer yet. Load data or sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quản lý</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu ngân</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+138"/>
        <source>Gian hàng OCOP</source>
        <translation>OCOP Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gian hàng: {name}</source>
        <translation>Booth: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhân viên: {name}</source>
        <translation>Staff: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca: {name}</source>
        <translation>Shift: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chờ đồng bộ: {count}</source>
        <translation>Waiting to sync: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã đồng bộ hết</source>
        <translation>All synced</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../app/ui/manager_pin_dialog.py" line="+39"/>
        <source>Cần quản lý duyệt</source>
        <translation>Manager approval needed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>4 đến 8 chữ số</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quản lý</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa có tài khoản quản lý nào trên máy này</source>
        <translation>There is no manager account on this computer</translation>
    </message>
</context>
<context>
    <name>MoveTableModel</name>
    <message>
        <location filename="../../app/ui/models/stock_table_models.py" line="+44"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm kho</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá thỏa thuận</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do / ghi chú</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người làm</source>
        <translation>Done by</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../app/ui/shift_dialogs.py" line="-249"/>
        <location line="+10"/>
        <source>Mở ca</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Mở ca bán hàng</source>
        <translation>Open a sales shift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đếm tiền lẻ có sẵn trong két trước khi bán. Số này là tiền đầu ca.</source>
        <translation>Count the change in the drawer before selling. This is the opening float.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Tiền đầu ca</source>
        <translation>Opening float</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/payment_dialog.py" line="+86"/>
        <source>Thanh toán</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Còn phải trả</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bỏ khoản đã chọn</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ khoản thanh toán đang chọn trong danh sách Đã nhận</source>
        <translation>Remove the payment selected in the Received list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm thanh toán</source>
        <translation>Add payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi nhận khoản này, phần còn lại trả bằng cách khác</source>
        <translation>Record this amount and pay the rest another way</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_pages.py" line="+98"/>
        <source>Đủ tiền</source>
        <translation>Exact amount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách đưa (để trống = đưa đủ tiền)</source>
        <translation>Cash given (empty = exact amount)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Số tài khoản: {account}</source>
        <translation>Account number: {account}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số tiền chuyển</source>
        <translation>Transfer amount</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nội dung chuyển khoản</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_dialog.py" line="+15"/>
        <source>Mã giao dịch trên máy POS / ứng dụng ví</source>
        <translation>Transaction ID on the card terminal / wallet app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã giao dịch</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Đã nhận tiền (Enter)</source>
        <translation>Money received (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn tất (Enter)</source>
        <translation>Complete (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_pages.py" line="-42"/>
        <location line="+3"/>
        <source>Tiền thừa</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Còn thiếu</source>
        <translation>Still due</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_dialog.py" line="+36"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VietQR</source>
        <translation>VietQR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thẻ</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví điện tử</source>
        <translation>E-wallet</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="+159"/>
        <source>Đặt lại mã PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 đến 8 chữ số</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN mới cho {name}</source>
        <translation>New PIN for {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã PIN mới *</source>
        <translation>New PIN *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập lại mã PIN *</source>
        <translation>PIN again *</translation>
    </message>
</context>
<context>
    <name>PrinterBar</name>
    <message>
        <location filename="../../app/ui/printer_bar.py" line="+43"/>
        <source>Thử in lại</source>
        <translation>Try printing again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không in các hóa đơn đang chờ (vẫn in lại được sau)</source>
        <translation>Do not print the waiting receipts (they can still be reprinted later)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở két</source>
        <translation>Open drawer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Mở két tiền</source>
        <translation>Open the cash drawer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã mở két</source>
        <translation>Cash drawer opened</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsBox</name>
    <message>
        <location filename="../../app/ui/printer_settings_box.py" line="+45"/>
        <source>Máy in hóa đơn</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Để trống nếu không có máy in hóa đơn (in PDF qua máy in của hệ thống)</source>
        <translation>Leave empty when there is no receipt printer (PDFs print through the system&apos;s printer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} mm</source>
        <translation>{width} mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tự in hóa đơn sau mỗi lần bán</source>
        <translation>Print the receipt after every sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở két khi thu tiền mặt</source>
        <translation>Open the cash drawer for cash sales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In thử</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu máy in</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Địa chỉ máy in</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khổ giấy</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Đang gửi trang in thử…</source>
        <translation>Sending the test page…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã gửi trang in thử tới {printer} ({size} KB)</source>
        <translation>Test page sent to {printer} ({size} KB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đổi máy in hóa đơn</source>
        <translation>Change the receipt printer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã lưu máy in hóa đơn</source>
        <translation>Receipt printer saved</translation>
    </message>
</context>
<context>
    <name>ProducerEditDialog</name>
    <message>
        <location filename="../../app/ui/producers_edit_dialog.py" line="+39"/>
        <source>Sửa chủ thể</source>
        <translation>Edit producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm chủ thể</source>
        <translation>Add producer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>để trống: tự cấp mã SX…</source>
        <translation>leave empty: assigns SX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang hợp tác</source>
        <translation>Active partner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên chủ thể *</source>
        <translation>Producer name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chủ thể</source>
        <translation>Producer code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProducerTableModel</name>
    <message>
        <location filename="../../app/ui/models/producer_table_model.py" line="+58"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên chủ thể</source>
        <translation>Producer name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số sản phẩm</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>ProducersPanel</name>
    <message>
        <location filename="../../app/ui/producers_panel.py" line="+31"/>
        <source>Tìm tên, mã, huyện, xã… (gõ không dấu được)</source>
        <translation>Search name, code, district, commune… (accents optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cả chủ thể ngừng hợp tác</source>
        <translation>Include inactive producers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm chủ thể</source>
        <translation>Add producer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>{total} chủ thể</source>
        <translation>{total} producers</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../../app/ui/product_edit_dialog.py" line="+65"/>
        <source>Sửa sản phẩm</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm sản phẩm</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ví dụ 45.000</source>
        <translation>e.g. 45,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN-13, EAN-8 hoặc UPC-A; để trống nếu không có</source>
        <translation>EAN-13, EAN-8 or UPC-A; leave empty if none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>để trống: 36 tháng sau ngày công nhận</source>
        <translation>leave empty: 36 months after certification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa có sao</source>
        <translation>No stars</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bán theo cân (số lẻ: 1,25 kg)</source>
        <translation>Sold by weight (decimals: 1.25 kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang bán</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mã SKU *</source>
        <translation>SKU *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên sản phẩm *</source>
        <translation>Product name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm hàng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá bán (₫) *</source>
        <translation>Selling price (₫) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thuế GTGT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sao OCOP</source>
        <translation>OCOP stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày công nhận</source>
        <translation>Certified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày hết hạn sao</source>
        <translation>Star expires on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truy xuất nguồn gốc</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Chưa có mã vạch: cấp mã nội bộ</source>
        <translation>No barcode: assign an in-store code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã sẽ cấp: {code} (tiền tố 20, chỉ dùng trong điểm bán). Bỏ chọn để chỉ dùng mã SKU (in dạng Code 128).</source>
        <translation>Code to assign: {code} (prefix 20, in-store use only). Untick to use only the SKU (printed as Code 128).</translation>
    </message>
</context>
<context>
    <name>ProductListPanel</name>
    <message>
        <location filename="../../app/ui/product_list_panel.py" line="+54"/>
        <source>Tìm tên, mã SKU, mã vạch, chủ thể… (gõ không dấu được)</source>
        <translation>Search name, SKU, barcode, producer… (accents optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi sản phẩm</source>
        <translation>All products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao còn hạn</source>
        <translation>Stars valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao sắp hết hạn</source>
        <translation>Stars expiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao đã hết hạn</source>
        <translation>Stars expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có sao</source>
        <translation>No stars</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cả hàng ngừng bán</source>
        <translation>Include discontinued</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Thêm sản phẩm</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngừng / mở lại bán</source>
        <translation>Stop / resume sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập từ tệp…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất ra tệp…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>Hãy chọn một sản phẩm trong bảng</source>
        <translation>Choose a product in the table</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã mở lại bán {name}</source>
        <translation>{name} is on sale again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã ngừng bán {name} (vẫn giữ trong lịch sử bán hàng)</source>
        <translation>Stopped selling {name} (it stays in the sales history)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xuất danh mục</source>
        <translation>Export catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel spreadsheet (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã xuất {count} sản phẩm ra tệp {path}</source>
        <translation>Exported {count} products to {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã lưu {sku} – {name}</source>
        <translation>Saved {sku} – {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{total} sản phẩm</source>
        <translation>{total} products</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{badge} – xem danh sách</source>
        <translation>{badge} – see list</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../app/ui/models/product_table_model.py" line="+129"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm hàng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá bán</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao OCOP</source>
        <translation>OCOP stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (ngừng bán)</source>
        <translation>{name} (discontinued)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mã nội bộ của điểm bán (tiền tố 20), không phải mã GS1</source>
        <translation>In-store code (prefix 20), not a GS1 code</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../app/ui/products_page.py" line="+62"/>
        <location line="+1"/>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chủ thể</source>
        <translation>Producers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao OCOP</source>
        <translation>OCOP stars</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../app/ui/pdf_printing.py" line="+168"/>
        <source>Khổ {width} mm</source>
        <translation>{width} mm paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xem</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In hóa đơn</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã bán HĐ {number}</source>
        <translation>Sold: receipt {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HĐ trước: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiền thừa: {change}</source>
        <translation>Change: {change}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Chưa lưu được hóa đơn PDF: {error}</source>
        <translation>Could not save the receipt PDF: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Không mở được trình xem PDF. Hóa đơn đã lưu tại: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../app/ui/stock_receive_dialog.py" line="+34"/>
        <source>Nhập hàng</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mua đứt</source>
        <translation>Outright purchase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận ký gửi</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Số phiếu giao hàng, ghi chú…</source>
        <translation>Delivery note no., remarks…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hình thức</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ thể giao hàng</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập vào</source>
        <translation>Into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi nhập kho</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đã nhận ký gửi vào {location}: {items}.</source>
        <translation>Received on consignment at {location}: {items}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhập mua vào {location}: {items}.</source>
        <translation>Received purchase at {location}: {items}.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/refund_dialog.py" line="+61"/>
        <location line="+68"/>
        <source>Hoàn tiền</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Hoàn tiền cho hóa đơn {number}</source>
        <translation>Refund for receipt {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tổng hóa đơn {total}. Chọn số lượng khách trả lại cho từng dòng.</source>
        <translation>Receipt total {total}. Choose the quantity returned on each line.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã bán</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn hoàn được</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ví dụ: hàng bị móp, khách đổi ý</source>
        <translation>E.g. dented item, customer changed their mind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trả tiền bằng</source>
        <translation>Refund by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Số tiền hoàn lại: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đã hoàn tiền {number} nhưng chưa lưu được phiếu: {error}</source>
        <translation>Refund {number} done, but its slip could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hãy chọn số lượng trả lại cho ít nhất một dòng</source>
        <translation>Choose a returned quantity for at least one line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hoàn {amount} cho hóa đơn {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../app/ui/report_charts.py" line="+45"/>
        <source>triệu ₫</source>
        <translation>million ₫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nghìn ₫</source>
        <translation>thousand ₫</translation>
    </message>
</context>
<context>
    <name>ReportFiguresPanel</name>
    <message>
        <location filename="../../app/ui/report_figures_panel.py" line="+237"/>
        <source>bao-cao-{date}</source>
        <translation>report-{date}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đã xuất báo cáo: {path}</source>
        <translation>Report exported: {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kỳ: {period} ({kind}) · so với kỳ trước: {previous}</source>
        <translation>Period: {period} ({kind}) · compared with: {previous}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Doanh thu {revenue}&lt;/b&gt; {change} · {sales} hóa đơn · trung bình {basket} · {visitors} lượt khách · {conversion} hóa đơn / 100 khách</source>
        <translation>&lt;b&gt;Revenue {revenue}&lt;/b&gt; {change} · {sales} sales · average {basket} · {visitors} visitors · {conversion} sales / 100 visitors</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tính lại</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất báo cáo…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theo giờ</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theo ngày</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chủ thể</source>
        <translation>Producers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhóm hàng</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanh toán</source>
        <translation>Payment methods</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports_page.py" line="+224"/>
        <source>Đã hủy hóa đơn {number}</source>
        <translation>Voided sale {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã lưu báo cáo X tại {path}</source>
        <translation>Saved the X report to {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_summary_box.py" line="+89"/>
        <source>Chưa mở ca. Hãy mở ca trước khi bán.</source>
        <translation>No open shift. Open a shift before selling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ca {number}
Mở lúc {time}
Người mở: {name}
Tiền đầu ca: {float}</source>
        <translation>Shift {number}
Opened at {time}
Opened by: {name}
Opening float: {float}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bán: {count} hóa đơn · {total}
Đã hủy: {voids} · {voids_total}
Hoàn tiền: {refunds} · {refunds_total}
Giảm giá: {discounts}</source>
        <translation>Sales: {count} · {total}
Voided: {voids} · {voids_total}
Refunds: {refunds} · {refunds_total}
Discounts: {discounts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="+13"/>
        <source>Chọn một hóa đơn trong danh sách để xem.</source>
        <translation>Choose a sale in the list to view it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status}&lt;br&gt;{time} · {staff}&lt;br&gt;Tổng: &lt;b&gt;{total}&lt;/b&gt; · {methods}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {status}&lt;br&gt;{time} · {staff}&lt;br&gt;Total: &lt;b&gt;{total}&lt;/b&gt; · {methods}</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+33"/>
        <source>Hủy hóa đơn</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Lý do hủy hóa đơn {number}:</source>
        <translation>Reason for voiding sale {number}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hãy ghi lý do hủy hóa đơn</source>
        <translation>Enter a reason for voiding the sale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hủy hóa đơn {number}</source>
        <translation>Void sale {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã hoàn tiền: phiếu {number} (đã lưu tại {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca &amp; hóa đơn</source>
        <translation>Shift &amp; sales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doanh số</source>
        <translation>Sales figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo Z</source>
        <translation>Z reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift_summary_box.py" line="+20"/>
        <source>Dự kiến trong ca</source>
        <translation>Expected this shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca hiện tại</source>
        <translation>Current shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In báo cáo X</source>
        <translation>Print X report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chốt ca</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở ca</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="+3"/>
        <source>Tìm theo số hóa đơn…</source>
        <translation>Search by receipt no.…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết hóa đơn</source>
        <translation>Sale details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In lại hóa đơn</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn tiền</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>SaleLinesTableModel</name>
    <message>
        <location filename="../../app/ui/models/sales_table_model.py" line="+117"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SL</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn giá</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giảm</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn được</source>
        <translation>Refundable</translation>
    </message>
</context>
<context>
    <name>SalesTableModel</name>
    <message>
        <location line="-52"/>
        <source>Số hóa đơn</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng tiền</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanh toán</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ScannerTestBox</name>
    <message>
        <location filename="../../app/ui/scanner_test_box.py" line="+51"/>
        <source>Quét thử</source>
        <translation>Test scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quét một mã vào ô dưới đây: hiện đúng những gì máy quét gửi tới và sản phẩm máy bán hàng sẽ tìm thấy.</source>
        <translation>Scan a code into the field below: it shows exactly what the scanner sent and the product the till will find.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quét mã vào đây</source>
        <translation>Scan a code here</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mã vạch cân điện tử (tem cân)</source>
        <translation>Label-scale barcodes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mỗi dòng một quy tắc: tiền tố (20-29), loại (cân hoặc giá), số chữ số mã hàng (PLU), rồi số chữ số lẻ của kg (cân) hoặc đơn vị đồng (giá). Vd: “22 cân 5 3” = 22 + PLU 5 số + khối lượng tính bằng gam; “21 giá 5 100” = giá tính bằng trăm đồng. Sản phẩm của PLU là sản phẩm có mã vạch gốc: tiền tố + PLU + các số 0.</source>
        <translation>One rule a line: prefix (20-29), kind (cân = weight or giá = price), digits of the item number (PLU), then the decimals of the kg (weight) or the đồng unit (price). E.g. “22 cân 5 3” = 22 + 5-digit PLU + weight in grams; “21 giá 5 100” = price in hundreds of đồng. A PLU&apos;s product is the one whose barcode is the base code: prefix + PLU + zeros.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu quy tắc cân</source>
        <translation>Save scale rules</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Đã lưu {count} quy tắc cân</source>
        <translation>{count} scale rule(s) saved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhận được: “{text}” ({count} ký tự)</source>
        <translation>Received: “{text}” ({count} characters)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy quét: {keys} phím trong {ms} ms, cách nhau tối đa {gap} ms</source>
        <translation>Scanner: {keys} keys in {ms} ms, at most {gap} ms apart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gõ tay (không phải máy quét): {keys} phím, cách nhau tối đa {gap} ms</source>
        <translation>Typed by hand (not a scanner): {keys} keys, at most {gap} ms apart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Có chữ có dấu: bộ gõ tiếng Việt (Telex) đang bật? Máy quét sẽ thử thêm: {codes}. </source>
        <translation>Accented letters: is a Vietnamese input method (Telex) on? A scan also tries: {codes}. </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không tìm thấy sản phẩm nào với mã này</source>
        <translation>No product has this code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tìm thấy (tem cân, PLU {plu}): {name} — {qty} {unit}, {total}</source>
        <translation>Found (scale label, PLU {plu}): {name} — {qty} {unit}, {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tìm thấy: {name} (mã {code}) — {price}</source>
        <translation>Found: {name} (code {code}) — {price}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đổi quy tắc mã cân</source>
        <translation>Change the scale-code rules</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <location filename="../../app/ui/sell_page.py" line="+116"/>
        <source>Quét mã vạch hoặc gõ tên hàng (vd: mien dong)</source>
        <translation>Scan a barcode or type an item name (e.g. mien dong)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_action_panel.py" line="+46"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giảm giá</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi giá</source>
        <translation>Change price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa dòng</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thanh toán (F9)</source>
        <translation>Pay (F9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiền mặt (F5)</source>
        <translation>Cash (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VietQR (F6)</source>
        <translation>VietQR (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thẻ (F7)</source>
        <translation>Card (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví điện tử (F8)</source>
        <translation>E-wallet (F8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hủy đơn (Esc)</source>
        <translation>Cancel sale (Esc)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lượt khách hôm nay: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_page.py" line="+94"/>
        <source>Giỏ hàng trống: hãy quét hàng trước</source>
        <translation>The cart is empty: scan an item first</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Không tìm thấy mã {code}</source>
        <translation>Code {code} not found</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã xóa {name}</source>
        <translation>Removed {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hủy đơn</source>
        <translation>Cancel sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa toàn bộ {count} dòng hàng khỏi giỏ?</source>
        <translation>Remove all {count} lines from the cart?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xóa giỏ hàng</source>
        <translation>Clear cart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã hủy đơn</source>
        <translation>Sale cancelled</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã lưu hóa đơn {number}: {total}</source>
        <translation>Saved receipt {number}: {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: {qty} {unit} — {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Đã thêm {name}: {qty} {unit}</source>
        <translation>Added {name}: {qty} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sell_action_panel.py" line="-9"/>
        <source>{count} dòng hàng</source>
        <translation>{count} lines</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="+188"/>
        <source>Chưa được gán (máy chủ tỉnh sẽ gán khi đồng bộ)</source>
        <translation>Not assigned (the provincial hub assigns it when syncing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{location} · {fair} (do máy chủ tỉnh gán)</source>
        <translation>{location} · {fair} (assigned by the provincial hub)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hãy nhập mã máy</source>
        <translation>Enter the device ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã lưu. Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</source>
        <translation>Saved. The new language takes effect when the app is reopened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đổi cài đặt</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy in hóa đơn</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy quét</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gian hàng</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài khoản nhận chuyển khoản (VietQR)</source>
        <translation>Account for bank transfers (VietQR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên điểm bán</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã máy</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gian hàng / hội chợ</source>
        <translation>Booth / fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giảm giá tối đa không cần quản lý</source>
        <translation>Max discount without a manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Màn hình khách hàng</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện trên màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tài khoản</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên chủ tài khoản</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đổi ngôn ngữ có hiệu lực khi mở lại ứng dụng.</source>
        <translation>A language change takes effect when the app is reopened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tự động: chỉ khi cắm màn hình thứ hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luôn bật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tự động (màn hình không phải của máy bán)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Màn hình {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <location filename="../../app/ui/settlement_panel.py" line="+59"/>
        <source>Xem quyết toán</source>
        <translation>Show settlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Từ tháng</source>
        <translation>From month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đến tháng</source>
        <translation>to month</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tất cả chủ thể có hàng ký gửi</source>
        <translation>All producers with consignment goods</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kỳ {start} – {end}: {count} chủ thể có hàng ký gửi. Chạm đúp một dòng để xem chi tiết.</source>
        <translation>Period {start} – {end}: {count} producers with consignment goods. Double-click a row for details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tổng phải trả: {amount}</source>
        <translation>Total payable: {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} ({code}) {locality} · kỳ {start} – {end}</source>
        <translation>{name} ({code}) {locality} · period {start} – {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phải trả {name}: {amount}</source>
        <translation>Payable to {name}: {amount}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã lưu {count} biên bản PDF: {path}</source>
        <translation>Saved {count} settlement PDFs: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy chọn một chủ thể để lưu CSV</source>
        <translation>Choose a producer to save as CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã lưu CSV: {path}</source>
        <translation>Saved CSV: {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lưu biên bản quyết toán</source>
        <translation>Save settlement statement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn thư mục lưu biên bản của từng chủ thể</source>
        <translation>Choose a folder for each producer&apos;s statement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu CSV quyết toán</source>
        <translation>Save settlement CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SettlementSummaryTableModel</name>
    <message>
        <location filename="../../app/ui/models/settlement_table_model.py" line="+132"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bán</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tồn cuối</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phải trả</source>
        <translation>Payable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cộng ({count} chủ thể)</source>
        <translation>Total ({count} producers)</translation>
    </message>
</context>
<context>
    <name>SettlementTableModel</name>
    <message>
        <location line="-81"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá thỏa thuận</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tồn đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bán</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điều chỉnh</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tồn cuối</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phải trả</source>
        <translation>Payable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SetupBankPage</name>
    <message>
        <location filename="../../app/ui/setup_bank_page.py" line="+153"/>
        <source>Tài khoản nhận chuyển khoản VietQR</source>
        <translation>Account for VietQR transfers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số tài khoản</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tài khoản</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khách quét mã VietQR để chuyển khoản đúng số tiền. Có thể bỏ trống cả ba ô (chỉ nhận tiền mặt) và thêm sau trong Cài đặt.</source>
        <translation>Buyers scan the VietQR code to transfer the exact amount. All three fields may be left empty (cash only) and filled in later in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gõ tên ngân hàng, ví dụ Vietcombank</source>
        <translation>Type the bank&apos;s name, e.g. Vietcombank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Như trên thẻ, ví dụ NGUYEN VAN A</source>
        <translation>As on the card, e.g. NGUYEN VAN A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn ngân hàng và nhập số tài khoản để xem mã QR.</source>
        <translation>Choose the bank and type the account number to see the QR code.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mã thử: quét bằng ứng dụng ngân hàng để kiểm tra {bank} {account} {holder}</source>
        <translation>Test code: scan it with a banking app to check {bank} {account} {holder}</translation>
    </message>
</context>
<context>
    <name>SetupCatalogPage</name>
    <message>
        <location filename="../../app/ui/setup_pages.py" line="+313"/>
        <source>Danh mục sản phẩm</source>
        <translation>Product catalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bấm “Hoàn tất” để lưu cài đặt, rồi lấy danh mục sản phẩm theo cách đã chọn:</source>
        <translation>Press “Finish” to save the set-up, then get the product catalog the way chosen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ tệp danh mục (CSV hoặc XLSX)</source>
        <translation>Import a catalog file (CSV or XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem trước từng dòng, dòng lỗi được chỉ rõ trước khi nhập.</source>
        <translation>Every row is previewed; bad rows are pointed out before anything is imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký với máy chủ tỉnh</source>
        <translation>Enroll with the provincial hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cần mạng và mã đăng ký của Sở Công Thương; danh mục, giá và hội chợ sẽ tự tải về.</source>
        <translation>Needs a network and an enrollment code from the Department of Industry and Trade; the catalog, prices and fair then download by themselves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắt đầu với danh mục trống</source>
        <translation>Start with an empty catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm sản phẩm sau ở trang Sản phẩm.</source>
        <translation>Add products later on the Products page.</translation>
    </message>
</context>
<context>
    <name>SetupLanguagePage</name>
    <message>
        <location line="-216"/>
        <source>Chào mừng! Chọn ngôn ngữ</source>
        <translation>Welcome! Choose a language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Máy này chưa được cài đặt. Vài bước sau đây đặt tên cửa hàng, người quản lý, tài khoản nhận chuyển khoản và danh mục sản phẩm; xong là bán được ngay. Ngôn ngữ có thể đổi lại trong Cài đặt.</source>
        <translation>This laptop is not set up yet. The next few steps name the shop, its manager, the account for bank transfers and the product catalog; then it can sell at once. The language can be changed again in Settings.</translation>
    </message>
</context>
<context>
    <name>SetupReceiptPage</name>
    <message>
        <location line="+156"/>
        <source>Khổ giấy in hóa đơn</source>
        <translation>Receipt paper width</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn theo cuộn giấy của máy in nhiệt. Khi bán vẫn đổi được cho từng hóa đơn.</source>
        <translation>Choose the width of the thermal printer&apos;s roll. It can still be changed for each receipt while selling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm (máy in hóa đơn thông dụng)</source>
        <translation>80 mm (the usual receipt printer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58 mm (máy in nhỏ, máy cầm tay)</source>
        <translation>58 mm (small or handheld printers)</translation>
    </message>
</context>
<context>
    <name>SetupShopPage</name>
    <message>
        <location line="-127"/>
        <source>Cửa hàng hoặc gian hàng</source>
        <translation>Shop or booth</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tên (in trên hóa đơn)</source>
        <translation>Name (printed on receipts)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã gian hàng</source>
        <translation>Booth code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Gian hàng OCOP Bình Liêu</source>
        <translation>E.g. Gian hàng OCOP Bình Liêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã ngắn, đứng đầu mọi số hóa đơn (BL03-000001). Nếu Sở Công Thương đã cấp mã gian hàng, hãy dùng đúng mã đó.</source>
        <translation>A short code that starts every receipt number (BL03-000001). If the Department of Industry and Trade gave the booth a code, use exactly that one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gian hàng hội chợ</source>
        <translation>Fair booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm bán cố định</source>
        <translation>Permanent sale point</translation>
    </message>
</context>
<context>
    <name>SetupStaffPage</name>
    <message>
        <location line="+52"/>
        <source>Người quản lý và thu ngân</source>
        <translation>Manager and cashiers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hai lần nhập mã PIN chưa giống nhau</source>
        <translation>The two PINs typed differ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên quản lý</source>
        <translation>Manager&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mã PIN (4–8 số)</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người giữ quyền đổi giá, hủy hóa đơn, cài đặt</source>
        <translation>The person who may change prices, void sales and change settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thu ngân (không bắt buộc; thêm sau được trong Cài đặt):</source>
        <translation>Cashiers (optional; they can be added later in Settings):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Thêm thu ngân</source>
        <translation>+ Add a cashier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên thu ngân</source>
        <translation>Cashier&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="+182"/>
        <source>Hãy sửa các ô có chữ đỏ.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Đăng ký với máy chủ tỉnh</source>
        <translation>Enroll with the provincial hub</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cài đặt ban đầu – OCOP Booth</source>
        <translation>First-run set-up – OCOP Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bước {n}/{total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/application.py" line="-266"/>
        <source>Máy này chưa được gán gian hàng nên chưa bán hàng được. Hãy nạp dữ liệu mẫu (lệnh: ocop-booth demo) hoặc đồng bộ với máy chủ tỉnh để nhận gian hàng, rồi mở lại ứng dụng.</source>
        <translation>This computer is not assigned to a booth yet, so it cannot sell. Load the demo data (command: ocop-booth demo) or sync with the provincial hub to get a booth, then reopen the app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Bán hàng</source>
        <translation>Sell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhãn in</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lượt khách</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhân viên</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thao tác nhanh</source>
        <translation>Quick actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+1 khách</source>
        <translation>+1 visitor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mở ca</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chốt ca</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bớt 1 lượt khách bấm nhầm (Shift+F12)</source>
        <translation>Undo 1 visitor added by mistake (Shift+F12)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Giỏ hàng còn {count} dòng chưa thanh toán.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca bán hàng đang mở (chưa chốt ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thoát ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vẫn thoát?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Lượt khách giờ này: {count}</source>
        <translation>Visitors this hour: {count}</translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="-55"/>
        <source>Sửa nhân viên</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm nhân viên</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>4 đến 8 chữ số</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập lại mã PIN *</source>
        <translation>PIN again *</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../app/ui/staff_page.py" line="+118"/>
        <source>Đã bật lại tài khoản của {name}.</source>
        <translation>{name}&apos;s account is enabled again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã tắt tài khoản của {name}: người này không đăng nhập được nữa.</source>
        <translation>{name}&apos;s account is disabled: they can no longer log in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bật lại</source>
        <translation>Enable again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tắt tài khoản</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Thêm nhân viên</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Đã thêm {name}.</source>
        <translation>{name} was added.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sửa nhân viên {name}</source>
        <translation>Edit staff member {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã lưu {name}.</source>
        <translation>{name} was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bật lại tài khoản của {name}</source>
        <translation>Enable {name}&apos;s account again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tắt tài khoản của {name}</source>
        <translation>Disable {name}&apos;s account</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đặt lại mã PIN của {name}</source>
        <translation>Reset {name}&apos;s PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã đặt mã PIN mới cho {name}.</source>
        <translation>{name} has a new PIN.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nhân viên</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ai được dùng máy bán hàng này và với vai trò nào. Người nghỉ việc được tắt tài khoản (không xóa, vì hóa đơn và ca vẫn ghi tên họ). Mọi thay đổi cần quyền quản lý và được ghi nhật ký.</source>
        <translation>Who may use this till, and in which role. People who leave are disabled (not deleted: sales and shifts still carry their name). Every change needs a manager&apos;s right and is logged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đặt lại mã PIN</source>
        <translation>Reset PIN</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/models/staff_table_model.py" line="+69"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StarWatchPanel</name>
    <message>
        <location filename="../../app/ui/star_watch_panel.py" line="+42"/>
        <source>Sắp hết hạn (trong 90 ngày)</source>
        <translation>Expiring (within 90 days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tìm sản phẩm…</source>
        <translation>Search products…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cập nhật ngày công nhận…</source>
        <translation>Update certification…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{badge}. Gửi hồ sơ đánh giá lại trước ngày hết hạn; sản phẩm hết hạn vẫn bán được nhưng không được ghi sao.</source>
        <translation>{badge}. Apply for re-assessment before the expiry date; expired products can still be sold but may not show their stars.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không có sản phẩm nào sắp hết hạn hoặc đã hết hạn sao.</source>
        <translation>No products have stars expiring or expired.</translation>
    </message>
</context>
<context>
    <name>StarWatchTableModel</name>
    <message>
        <location filename="../../app/ui/models/star_watch_table_model.py" line="+49"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn (ngày)</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sao OCOP</source>
        <translation>OCOP stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sắp hết hạn</source>
        <translation>Expiring soon</translation>
    </message>
</context>
<context>
    <name>StockActionDialog</name>
    <message>
        <location filename="../../app/ui/stock_action_dialog.py" line="+67"/>
        <source>(không chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chưa đăng nhập</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> Chú ý, tồn âm sau khi ghi: {items}.</source>
        <translation> Note: stock goes negative after saving: {items}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quản lý duyệt: {name}.</source>
        <translation>Approved by manager {name}.</translation>
    </message>
</context>
<context>
    <name>StockBalancesPanel</name>
    <message>
        <location filename="../../app/ui/stock_balances_panel.py" line="+43"/>
        <source>Tìm sản phẩm…</source>
        <translation>Search products…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi điểm kho</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ tồn âm</source>
        <translation>Negative only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ẩn tồn 0</source>
        <translation>Hide zero</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nhập hàng</source>
        <translation>Receive goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển kho</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất hủy</source>
        <translation>Write off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả chủ thể</source>
        <translation>Return to producer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mọi chủ thể</source>
        <translation>All producers</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{total} dòng tồn</source>
        <translation>{total} stock lines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hiện mọi dòng tồn</source>
        <translation>Show all stock lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} dòng tồn âm – xem</source>
        <translation>{count} negative lines – view</translation>
    </message>
</context>
<context>
    <name>StockLinesEditor</name>
    <message>
        <location filename="../../app/ui/stock_lines_editor.py" line="+42"/>
        <source>Tìm hoặc quét mã sản phẩm…</source>
        <translation>Search or scan a product…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Giá thỏa thuận</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm dòng</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa dòng</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{total} sản phẩm khớp; gõ thêm để thu hẹp</source>
        <translation>{total} products match; keep typing to narrow</translation>
    </message>
</context>
<context>
    <name>StockLinesTableModel</name>
    <message>
        <location filename="../../app/ui/models/stock_table_models.py" line="+100"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá thỏa thuận (₫)</source>
        <translation>Agreed price (₫)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ sách</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đếm được</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>StockMovesPanel</name>
    <message>
        <location filename="../../app/ui/stock_moves_panel.py" line="+26"/>
        <source>Mọi điểm kho</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{total} dòng</source>
        <translation>{total} lines</translation>
    </message>
</context>
<context>
    <name>StockOutDialog</name>
    <message>
        <location filename="../../app/ui/stock_out_dialog.py" line="+29"/>
        <source>Xuất hủy hàng</source>
        <translation>Write off goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả hàng cho chủ thể</source>
        <translation>Return goods to producer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: vỡ khi vận chuyển, hết hạn sử dụng</source>
        <translation>E.g. broken in transit, past expiry date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: hết kỳ ký gửi</source>
        <translation>E.g. consignment period ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Từ điểm kho</source>
        <translation>From location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trả cho chủ thể</source>
        <translation>Return to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi (cần quản lý)</source>
        <translation>Save (manager)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Đã xuất hủy ở {location}: {items}. {approved}</source>
        <translation>Wrote off at {location}: {items}. {approved}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã trả {producer} từ {location}: {items}. {approved}</source>
        <translation>Returned to {producer} from {location}: {items}. {approved}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hãy thêm ít nhất một sản phẩm</source>
        <translation>Add at least one product</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../app/ui/stock_page.py" line="+53"/>
        <source>Kho</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tồn kho</source>
        <translation>Stock levels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lịch sử nhập xuất</source>
        <translation>Stock history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết toán ký gửi</source>
        <translation>Consignment settlement</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync_page.py" line="+325"/>
        <source>Máy này chưa kết nối máy chủ tỉnh. Bán hàng vẫn bình thường: dữ liệu được lưu an toàn trên máy ({count} giao dịch đang chờ gửi) và tự gửi lên sau khi đăng ký. Nhập địa chỉ máy chủ và mã đăng ký do Sở Công Thương cấp.</source>
        <translation>This computer is not connected to the provincial hub. Selling works as usual: data is kept safe on this computer ({count} transactions waiting) and is sent automatically after registration. Enter the hub address and the registration code issued by the Department of Industry and Trade.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa lần nào</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Chờ gửi ({count})</source>
        <translation>Waiting ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Máy chủ từ chối, để riêng ({count})</source>
        <translation>Rejected, set aside ({count})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kết nối máy chủ tỉnh</source>
        <translation>Connect to the provincial hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng bộ với máy chủ tỉnh</source>
        <translation>Sync with the provincial hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký lại…</source>
        <translation>Re-register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi lại</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu bị từ chối không chặn dữ liệu khác. Khi Sở Công Thương đã xử lý, chọn dòng và bấm “Gửi lại”.</source>
        <translation>Rejected data does not hold up other data. Once the Department of Industry and Trade has dealt with it, select the row and press “Resend”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy chủ:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gian hàng:</source>
        <translation>Booth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đồng bộ được lúc:</source>
        <translation>Last synced:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã thiết bị:</source>
        <translation>Device ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lần thử gần nhất:</source>
        <translation>Last attempt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đồng hồ máy:</source>
        <translation>Computer clock:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lỗi gần nhất:</source>
        <translation>Last error:</translation>
    </message>
</context>
<context>
    <name>SyncPendingTableModel</name>
    <message>
        <location filename="../../app/ui/models/sync_pending_table_model.py" line="+80"/>
        <source>Loại dữ liệu</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chờ gửi</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>SyncSetAsideTableModel</name>
    <message>
        <location filename="../../app/ui/models/sync_set_aside_table_model.py" line="+53"/>
        <source>Lúc ghi</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy chủ trả lời</source>
        <translation>Hub response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../app/ui/models/sync_texts.py" line="+24"/>
        <source>vừa xong</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} phút trước</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} giờ trước</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} ngày trước</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} giao dịch chờ gửi</source>
        <translation>{count} transactions waiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa kết nối máy chủ tỉnh</source>
        <translation>Not connected to the provincial hub</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã đồng bộ {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lần cuối {ago}</source>
        <translation>last {ago}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chưa gửi được lần nào</source>
        <translation>never sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa đồng bộ được — {since}</source>
        <translation>Not synced — {since}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chưa đo</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khớp với máy chủ</source>
        <translation>Matches the hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} phút</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} giây</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chậm {amount} so với máy chủ</source>
        <translation>{amount} behind the hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhanh {amount} so với máy chủ</source>
        <translation>{amount} ahead of the hub</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tự động đồng bộ chưa chạy</source>
        <translation>Auto sync has not run yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã dừng gửi: cần mã đăng ký mới (bấm “Đăng ký lại…”)</source>
        <translation>Sending stopped: a new registration code is needed (press “Re-register…”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tự động đồng bộ lần tới lúc {time}</source>
        <translation>Next auto sync at {time}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../app/ui/stock_transfer_dialog.py" line="+22"/>
        <source>Chuyển kho</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chuyển từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chuyển kho</source>
        <translation>Save transfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đã chuyển từ {source} đến {target}: {items}.</source>
        <translation>Moved from {source} to {target}: {items}.</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../app/ui/visitors_page.py" line="+175"/>
        <source>Lượt khách</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 khách</source>
        <translation>+1 visitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bớt 1 lượt khách bấm nhầm (Shift+F12)</source>
        <translation>Undo 1 visitor added by mistake (Shift+F12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm 1 lượt khách (F12)</source>
        <translation>Add 1 visitor (F12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ này</source>
        <translation>This hour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bấm +1 mỗi khi có khách ghé gian hàng; ở mọi trang đều dùng được phím F12 (Shift+F12 để bớt 1). Số lượt khách được gửi về Sở Công Thương khi đồng bộ.</source>
        <translation>Press +1 whenever a visitor stops by the booth; F12 works on every page (Shift+F12 takes 1 off). Visitor counts are sent to the provincial Department of Industry and Trade when syncing.</translation>
    </message>
</context>
<context>
    <name>VisitorsTableModel</name>
    <message>
        <location filename="../../app/ui/models/visitors_table_model.py" line="+52"/>
        <source>Giờ</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lượt khách</source>
        <translation>Visitors</translation>
    </message>
</context>
<context>
    <name>ZReportTableModel</name>
    <message>
        <location filename="../../app/ui/models/report_table_model.py" line="+146"/>
        <source>Ca</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mở ca</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chốt ca</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người chốt</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số HĐ</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doanh thu</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chênh lệch tiền mặt</source>
        <translation>Cash difference</translation>
    </message>
</context>
<context>
    <name>ZReportsPanel</name>
    <message>
        <location filename="../../app/ui/zreports_panel.py" line="+116"/>
        <source>Chưa có ca nào đã chốt.</source>
        <translation>No shift has been closed yet.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Đã mở báo cáo Z: {path}</source>
        <translation>Opened the Z report: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không mở được trình xem PDF. Báo cáo Z đã lưu tại: {path}</source>
        <translation>Could not open a PDF viewer. The Z report is saved at: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã gửi báo cáo Z đi in (đã lưu tại {path})</source>
        <translation>Z report sent to the printer (saved at {path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa in. Báo cáo Z đã lưu tại: {path}</source>
        <translation>Not printed. The Z report is saved at: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã in lại báo cáo Z ca {number} ra máy in {printer}</source>
        <translation>Reprinted the Z report of shift {number} on {printer}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Xem báo cáo Z</source>
        <translation>View Z report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In lại báo cáo Z</source>
        <translation>Reprint Z report</translation>
    </message>
</context>
<context>
    <name>_StaffDialog</name>
    <message>
        <location filename="../../app/ui/staff_dialogs.py" line="-68"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hai lần nhập mã PIN không giống nhau</source>
        <translation>The two PINs are not the same</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../app/ui/models/backup_table_model.py" line="-20"/>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chốt ca {label}</source>
        <translation>Shift close {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu tay</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/db.py" line="+137"/>
        <source>Không mở được cơ sở dữ liệu {path}: tệp bị hỏng ({detail}). Tệp được giữ nguyên. Các bản sao lưu nằm ở {backups}.</source>
        <translation>Cannot open the database {path}: the file is damaged ({detail}). The file was left untouched. Backups are in {backups}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cơ sở dữ liệu {path} không qua kiểm tra toàn vẹn: {detail}. Tệp được giữ nguyên. Các bản sao lưu nằm ở {backups}.</source>
        <translation>The database {path} failed its integrity check: {detail}. The file was left untouched. Backups are in {backups}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cơ sở dữ liệu {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}). Hãy cập nhật OCOP Booth; tệp được giữ nguyên.</source>
        <translation>The database {path} belongs to a newer version of the app (revision {revision}). Please update OCOP Booth; the file was left untouched.</translation>
    </message>
    <message>
        <location filename="../../app/instance_lock.py" line="+27"/>
        <source>OCOP Booth đang chạy với thư mục dữ liệu {path}. Hãy dùng cửa sổ đang mở.</source>
        <translation>OCOP Booth is already running with the data folder {path}. Use the open window.</translation>
    </message>
    <message>
        <location filename="../../app/services/auth.py" line="+51"/>
        <source>Mã PIN phải gồm 4 đến 8 chữ số</source>
        <translation>The PIN must have 4 to 8 digits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tài khoản của {name} đã bị tắt: hãy hỏi quản lý</source>
        <translation>{name}&apos;s account is disabled: ask a manager</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/services/staff.py" line="+74"/>
        <source>Vai trò không hợp lệ: {role}</source>
        <translation>Invalid role: {role}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Không tìm thấy nhân viên</source>
        <translation>Staff member not found</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sai PIN quá nhiều lần. {name} bị khóa thêm {seconds} giây.</source>
        <translation>Too many wrong PINs. {name} is locked for {seconds} more seconds.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sai PIN quá nhiều lần. {name} bị khóa {seconds} giây.</source>
        <translation>Too many wrong PINs. {name} is locked for {seconds} seconds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sai mã PIN (còn {left} lần thử)</source>
        <translation>Wrong PIN ({left} attempts left)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} không phải quản lý</source>
        <translation>{name} is not a manager</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/services/backups.py" line="+324"/>
        <location filename="../../app/services/cart.py" line="+80"/>
        <location line="+20"/>
        <location filename="../../app/services/rights.py" line="+108"/>
        <source>Cần mã PIN của quản lý để {action}</source>
        <translation>A manager&apos;s PIN is needed to {action}</translation>
    </message>
    <message>
        <location filename="../../app/services/cart.py" line="-25"/>
        <source>Giá bán không được âm</source>
        <translation>The selling price cannot be negative</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/rights.py" line="-51"/>
        <source>đổi giá bán</source>
        <translation>change the selling price</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Giảm giá phải từ 0 đến {max}</source>
        <translation>The discount must be between 0 and {max}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/rights.py" line="+1"/>
        <source>giảm giá quá hạn mức</source>
        <translation>give a discount above the limit</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Phần trăm giảm</source>
        <translation>Discount percentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giảm giá</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} bán theo {unit}: số lượng phải là số nguyên</source>
        <translation>{name} is sold by {unit}: the quantity must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/services/checkout.py" line="+77"/>
        <location filename="../../app/services/refunds.py" line="+205"/>
        <source>Phương thức thanh toán không hợp lệ: {method}</source>
        <translation>Invalid payment method: {method}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số tiền thanh toán phải lớn hơn 0</source>
        <translation>The payment amount must be greater than 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập mã giao dịch cho thanh toán {method}</source>
        <translation>Enter the transaction ID for the {method} payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thẻ</source>
        <translation>card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ví điện tử</source>
        <translation>e-wallet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thanh toán không dùng tiền mặt ({paid}) vượt quá tổng tiền ({total})</source>
        <translation>Non-cash payments ({paid}) exceed the total ({total})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách trả thiếu {short}: tổng {total}, đã trả {paid}</source>
        <translation>{short} short: total {total}, paid {paid}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã đủ tiền, không cần thu thêm tiền mặt</source>
        <translation>Fully paid, no more cash needed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Giỏ hàng trống</source>
        <translation>The cart is empty</translation>
    </message>
    <message>
        <location filename="../../app/services/till.py" line="+12"/>
        <source>Chưa mở ca: hãy mở ca trước khi bán</source>
        <translation>No open shift: open a shift before selling</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_rules.py" line="+35"/>
        <location filename="../../app/services/gtin.py" line="+52"/>
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../app/services/gtin.py" line="+13"/>
        <source>{field} không được để trống</source>
        <translation>{field} cannot be empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} {code}: chỉ được chứa chữ số</source>
        <translation>{field} {code}: digits only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} {code}: sai độ dài ({length} chữ số, phải là 8, 12, 13 hoặc 14)</source>
        <translation>{field} {code}: wrong length ({length} digits, must be 8, 12, 13 or 14)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} {code}: sai số kiểm tra (phải là {expected})</source>
        <translation>{field} {code}: wrong check digit (should be {expected})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tiền tố mã vạch nội bộ “{prefix}” phải bắt đầu bằng 20-29</source>
        <translation>The in-store barcode prefix “{prefix}” must start with 20-29</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số {number} không vừa mã vạch nội bộ (tối đa {width} chữ số)</source>
        <translation>Number {number} does not fit an in-store barcode (at most {width} digits)</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_rules.py" line="+8"/>
        <location filename="../../app/services/money.py" line="+20"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{field}: “{value}” không phải số tiền hợp lệ</source>
        <translation>{field}: “{value}” is not a valid amount</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}: “{value}” không phải là số</source>
        <translation>{field}: “{value}” is not a number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} phải lớn hơn 0 (đã nhập “{value}”)</source>
        <translation>{field} must be greater than 0 (entered “{value}”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: tối đa 3 chữ số thập phân (đã nhập “{value}”)</source>
        <translation>{field}: at most 3 decimal places (entered “{value}”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} quá lớn: {value}</source>
        <translation>{field} is too large: {value}</translation>
    </message>
    <message>
        <location filename="../../app/services/receipt_printing.py" line="+47"/>
        <location filename="../../app/services/refunds.py" line="-171"/>
        <location filename="../../app/services/sales_query.py" line="+78"/>
        <location line="+28"/>
        <source>Không tìm thấy hóa đơn {id}</source>
        <translation>Sale {id} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/refunds.py" line="+34"/>
        <source>Hãy nhập lý do hủy hóa đơn</source>
        <translation>Enter a reason for voiding the sale</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Hóa đơn {number} đã bị hủy trước đó</source>
        <translation>Sale {number} was already voided</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hóa đơn {number} thuộc ca đã chốt: hãy dùng hoàn tiền thay vì hủy</source>
        <translation>Sale {number} belongs to a closed shift: refund it instead of voiding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hóa đơn {number} đã có hoàn tiền, không thể hủy</source>
        <translation>Sale {number} already has a refund and cannot be voided</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Hãy chọn ít nhất một dòng để hoàn</source>
        <translation>Choose at least one line to refund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hóa đơn {number} đã bị hủy</source>
        <translation>Sale {number} has been voided</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dòng {line} không thuộc hóa đơn {number}</source>
        <translation>Line {line} is not part of sale {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: chỉ được hoàn tối đa {left} (đã bán {sold})</source>
        <translation>{name}: at most {left} can be refunded (sold {sold})</translation>
    </message>
    <message>
        <location filename="../../app/services/sales_query.py" line="+57"/>
        <source>Không tìm thấy phiếu hoàn {id}</source>
        <translation>Refund {id} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/shifts.py" line="+90"/>
        <source>Tiền đầu ca không được âm</source>
        <translation>The opening float cannot be negative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca {number} đang mở: hãy chốt ca đó trước</source>
        <translation>Shift {number} is open: close it first</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Không tìm thấy ca {id}</source>
        <translation>Shift {id} not found</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy nhập số tiền mặt đếm được</source>
        <translation>Enter the counted cash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số tiền đếm được không được âm ({method})</source>
        <translation>The counted amount cannot be negative ({method})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca {number} đã chốt</source>
        <translation>Shift {number} is already closed</translation>
    </message>
    <message>
        <location filename="../../app/services/vietqr.py" line="+61"/>
        <source>Mã BIN ngân hàng “{value}” phải gồm đúng 6 chữ số</source>
        <translation>The bank BIN “{value}” must be exactly 6 digits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số tài khoản “{value}” chỉ gồm chữ và số, tối đa 19 ký tự, không dấu cách</source>
        <translation>The account number “{value}” may only contain letters and digits, at most 19, without spaces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số tiền chuyển khoản “{value}” phải là số nguyên dương, tối đa 13 chữ số</source>
        <translation>The transfer amount “{value}” must be a positive whole number of at most 13 digits</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Mã QR không hợp lệ: hỏng cấu trúc ở vị trí {pos}</source>
        <translation>Invalid QR code: broken structure at position {pos}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mã QR không hợp lệ: trường {tag} thiếu dữ liệu (cần {length} ký tự)</source>
        <translation>Invalid QR code: field {tag} is missing data (needs {length} characters)</translation>
    </message>
    <message>
        <location filename="../../app/services/visitors.py" line="+49"/>
        <source>Không còn lượt khách nào để trừ trong giờ này</source>
        <translation>There are no visitors left to subtract in this hour</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="+77"/>
        <source>Thư mục dữ liệu đã có danh mục sản phẩm; dữ liệu mẫu chỉ nạp vào thư mục trống</source>
        <translation>The data folder already has a product catalog; demo data only loads into an empty folder</translation>
    </message>
    <message>
        <location filename="../../app/services/rights.py" line="+1"/>
        <source>hủy hóa đơn</source>
        <translation>void a sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hoàn tiền</source>
        <translation>refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nhập hàng vào kho</source>
        <translation>receive goods into stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chuyển kho</source>
        <translation>transfer stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>điều chỉnh tồn kho</source>
        <translation>adjust stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xuất hủy hoặc trả hàng</source>
        <translation>write off or return goods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quản lý nhân viên</source>
        <translation>manage staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mở két tiền</source>
        <translation>open the cash drawer</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{name} không có quyền {action}</source>
        <translation>{name} may not {action}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/ui/context.py" line="+58"/>
        <source>Chưa đăng nhập</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../app/ui/context.py" line="+3"/>
        <location filename="../../app/ui/visitors_page.py" line="-142"/>
        <source>Máy chưa được gán gian hàng: hãy vào Cài đặt</source>
        <translation>This computer is not assigned to a booth yet: go to Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="+28"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../app/labels/codes.py" line="+75"/>
        <source>Sản phẩm “{product}”: {problem}. Nhãn này không được in.</source>
        <translation>Product “{product}”: {problem}. This label was not printed.</translation>
    </message>
    <message>
        <location filename="../../app/labels/render.py" line="+64"/>
        <source>Số bản in phải từ 1 đến {max} (đã nhập {value})</source>
        <translation>The number of copies must be 1 to {max} (entered {value})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“Bắt đầu từ nhãn” chỉ dùng cho tờ nhãn; khổ “{stock}” là cuộn</source>
        <translation>“Start at label” is only for label sheets; “{stock}” is a roll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vị trí bắt đầu phải từ 1 đến {max} (tờ “{stock}” có {max} nhãn)</source>
        <translation>The start position must be 1 to {max} (sheet “{stock}” has {max} labels)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quá nhiều nhãn trong một lần in: {count} (tối đa {max})</source>
        <translation>Too many labels in one print job: {count} (at most {max})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mã QR của “{product}” quá dài ({chars} ký tự) cho khổ “{stock}”: ô QR {have} mm, cần ít nhất {need} mm. Khổ nhỏ nhất vừa: {smallest}</source>
        <translation>The QR code of “{product}” is too long ({chars} characters) for “{stock}”: the QR box is {have} mm, it needs at least {need} mm. Smallest stock that fits: {smallest}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mẫu “{title}” cần mã VietQR của quầy</source>
        <translation>Template “{title}” needs the booth&apos;s VietQR code</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Không có nhãn nào để in: {problems}</source>
        <translation>No labels to print: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa chọn sản phẩm nào để in nhãn</source>
        <translation>No products chosen for labels</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../app/printing/tspl.py" line="+238"/>
        <source>Đã dừng in nhãn</source>
        <translation>Label printing stopped</translation>
    </message>
    <message>
        <location filename="../../app/labels/specs.py" line="+139"/>
        <source>Tệp nhãn “{name}”: “{what}” phải là hai số (mm)</source>
        <translation>Label file “{name}”: “{what}” must be two numbers (mm)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên khổ nhãn “{name}” chỉ gồm chữ thường không dấu, số, - và _</source>
        <translation>Label stock name “{name}” may only use lowercase letters without accents, digits, - and _</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Khổ nhãn “{name}”: loại phải là sheet hoặc roll</source>
        <translation>Label stock “{name}”: the kind must be sheet or roll</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Khổ nhãn “{name}”: kích thước phải lớn hơn 0</source>
        <translation>Label stock “{name}”: sizes must be greater than 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khổ nhãn “{name}”: bước nhảy nhỏ hơn nhãn, các nhãn chồng lên nhau</source>
        <translation>Label stock “{name}”: the pitch is smaller than the label, so labels overlap</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khổ nhãn “{name}”: {cols}×{rows} nhãn {lw}×{lh} mm tràn ra ngoài trang {pw}×{ph} mm (cần {need_w}×{need_h} mm)</source>
        <translation>Label stock “{name}”: {cols}×{rows} labels of {lw}×{lh} mm overflow the {pw}×{ph} mm page (need {need_w}×{need_h} mm)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mẫu nhãn “{name}”: trường không hợp lệ {field}</source>
        <translation>Label template “{name}”: invalid field {field}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tên mẫu nhãn “{name}” chỉ gồm chữ thường không dấu, số, - và _</source>
        <translation>Label template name “{name}” may only use lowercase letters without accents, digits, - and _</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mẫu nhãn “{name}”: ô của trường {field} nằm ngoài nhãn {w}×{h} mm</source>
        <translation>Label template “{name}”: the box of field {field} lies outside the {w}×{h} mm label</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mẫu nhãn “{name}” không có bố cục nào</source>
        <translation>Label template “{name}” has no layout</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mẫu “{title}” không vừa khổ “{stock}”: nhãn {lw}×{lh} mm, mẫu cần ít nhất {w}×{h} mm</source>
        <translation>Template “{title}” does not fit “{stock}”: the label is {lw}×{lh} mm, the template needs at least {w}×{h} mm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Không có khổ nhãn “{name}”. Các khổ có: {known}</source>
        <translation>No label stock “{name}”. Available: {known}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không có mẫu nhãn “{name}”. Các mẫu có: {known}</source>
        <translation>No label template “{name}”. Available: {known}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_admin.py" line="+115"/>
        <source>đã có chủ thể “{name}” ở {district}</source>
        <translation>producer “{name}” already exists in {district}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mã {code} đã được dùng</source>
        <translation>code {code} is already in use</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../app/services/settlement.py" line="+187"/>
        <location filename="../../app/services/stock.py" line="+327"/>
        <source>Không tìm thấy chủ thể {id}</source>
        <translation>Producer {id} not found</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>mã {sku} đã có sản phẩm khác dùng</source>
        <translation>code {sku} is already used by another product</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/catalog_import_rows.py" line="+145"/>
        <source>mã vạch {code} đã thuộc sản phẩm {sku}</source>
        <translation>barcode {code} already belongs to product {sku}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>không tìm thấy chủ thể {id}</source>
        <translation>producer {id} not found</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+24"/>
        <source>Không tìm thấy sản phẩm {id}</source>
        <translation>Product {id} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_files.py" line="+34"/>
        <source>Tệp {file}: chỉ nhận tệp .csv hoặc .xlsx</source>
        <translation>File {file}: only .csv or .xlsx files are accepted</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tệp {file}: dòng tiêu đề phải có đúng các cột {columns}. Thiếu: {missing}; thừa: {extra}; trùng: {dupes}</source>
        <translation>File {file}: the header row must have exactly the columns {columns}. Missing: {missing}; extra: {extra}; duplicated: {dupes}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tệp {file} trống</source>
        <translation>File {file} is empty</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tệp {file} không đọc được như một bảng tính XLSX: {detail}</source>
        <translation>File {file} cannot be read as an XLSX spreadsheet: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_import_rows.py" line="-107"/>
        <source>Dòng {row}, cột {column}: {reason}</source>
        <translation>Row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cảnh báo – dòng {row}, cột {column}: {reason}</source>
        <translation>Warning – row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>có địa chỉ/loại chủ thể nhưng thiếu tên</source>
        <translation>has a producer address/type but no name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>mã {sku} trùng với dòng {first}</source>
        <translation>code {sku} duplicates row {first}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mã vạch {code} trùng với dòng {first}</source>
        <translation>barcode {code} duplicates row {first}</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_io.py" line="+192"/>
        <source>Có {count} dòng lỗi: không nhập dòng nào (nhập tất cả hoặc không nhập gì)</source>
        <translation>{count} rows have errors: nothing was imported (all rows or none are imported)</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_rules.py" line="-9"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Loại chủ thể</source>
        <translation>Producer type</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm hàng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thuế GTGT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày công nhận sao</source>
        <translation>Star certified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày hết hạn sao</source>
        <translation>Star expires on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đường dẫn truy xuất</source>
        <translation>Traceability link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chủ thể</source>
        <translation>Producer code</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+44"/>
        <source>không được để trống</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>dài quá {max} ký tự</source>
        <translation>longer than {max} characters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{value}” chỉ được gồm chữ cái không dấu, chữ số và ký hiệu, không có dấu cách</source>
        <translation>“{value}” may only contain unaccented letters, digits and symbols, without spaces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{code}: GTIN-14 là mã thùng, không dùng để bán lẻ</source>
        <translation>{code}: GTIN-14 is a case code, not for retail sale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{value}” không phải số tiền</source>
        <translation>“{value}” is not an amount</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{value}” không phải số tiền hợp lệ</source>
        <translation>“{value}” is not a valid amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} nằm ngoài khoảng 0 – 1.000.000.000</source>
        <translation>{value} is outside the range 0 – 1,000,000,000</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” không phải thuế suất</source>
        <translation>“{value}” is not a tax rate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{value}” phải là 0, 5, 8 hoặc 10 (%)</source>
        <translation>“{value}” must be 0, 5, 8 or 10 (%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{value}” phải là 3, 4 hoặc 5 sao</source>
        <translation>“{value}” must be 3, 4 or 5 stars</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{value}” không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd)</source>
        <translation>“{value}” is not a date (dd/mm/yyyy or yyyy-mm-dd)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{value}” phải là địa chỉ http:// hoặc https://</source>
        <translation>“{value}” must be an http:// or https:// address</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{value}” phải là doanh nghiệp, HTX, hộ sản xuất hoặc tổ hợp tác</source>
        <translation>“{value}” must be enterprise, cooperative, household producer or cooperative group</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>có ngày công nhận nhưng thiếu số sao</source>
        <translation>has a certification date but no stars</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sản phẩm có sao phải có ngày công nhận</source>
        <translation>a starred product needs a certification date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{until} phải sau ngày công nhận {on}</source>
        <translation>{until} must be after the certification date {on}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{until} quá 36 tháng kể từ ngày công nhận (tối đa {max})</source>
        <translation>{until} is more than 36 months after the certification date (at most {max})</translation>
    </message>
    <message>
        <location filename="../../app/services/label_data.py" line="+105"/>
        <source>Không tìm thấy sản phẩm có mã: {codes}</source>
        <translation>No product found with code: {codes}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Không tìm thấy phiếu nhập hàng “{ref}”</source>
        <translation>Goods receipt “{ref}” not found</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mẫu liên kết truy xuất cần tên miền (domain)</source>
        <translation>The traceability link pattern needs a domain</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mẫu liên kết “{pattern}” không hợp lệ: phải bắt đầu bằng https:// và chỉ dùng {{domain}}, {{gtin14}}, {{sku}}, {{lot}}</source>
        <translation>Invalid link pattern “{pattern}”: it must start with https:// and use only {{domain}}, {{gtin14}}, {{sku}}, {{lot}}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Số lô “{lot}”: tối đa 20 ký tự không dấu, không cách</source>
        <translation>Lot number “{lot}”: at most 20 characters, no accents, no spaces</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chưa cài tài khoản ngân hàng: hãy vào Cài đặt</source>
        <translation>No bank account set up: go to Settings</translation>
    </message>
    <message>
        <location filename="../../app/services/legacy_encoding.py" line="+134"/>
        <source>Tệp {file} không phải UTF-8 (bảng mã không xác định): hãy lưu lại dưới dạng UTF-8</source>
        <translation>File {file} is not UTF-8 (unknown encoding): save it again as UTF-8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tệp {file} dùng bảng mã {encoding}, không phải UTF-8: hãy lưu lại dưới dạng UTF-8</source>
        <translation>File {file} uses the {encoding} encoding, not UTF-8: save it again as UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/services/rights.py" line="-104"/>
        <source>đổi cài đặt</source>
        <translation>change settings</translation>
    </message>
    <message>
        <location filename="../../app/services/settlement.py" line="-81"/>
        <source>Ngày cuối kỳ {end} trước ngày đầu kỳ {start}</source>
        <translation>The period end {end} is before the period start {start}</translation>
    </message>
    <message>
        <location filename="../../app/services/stock.py" line="-248"/>
        <source>Dòng {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} bán theo {unit}, số lượng phải là số nguyên</source>
        <translation>{name} is sold by {unit}, so the quantity must be a whole number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>không tìm thấy sản phẩm {id}</source>
        <translation>product {id} not found</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không tìm thấy điểm kho {id}</source>
        <translation>Stock location {id} not found</translation>
    </message>
    <message>
        <location filename="../../app/commands/printer.py" line="+80"/>
        <location filename="../../app/services/rights.py" line="+59"/>
        <location filename="../../app/services/staff.py" line="+8"/>
        <source>Không tìm thấy nhân viên {id}</source>
        <translation>Staff member {id} not found</translation>
    </message>
    <message>
        <location filename="../../app/services/stock.py" line="+17"/>
        <source>Hãy ghi lý do</source>
        <translation>Enter a reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do dài quá 300 ký tự</source>
        <translation>The reason is longer than 300 characters</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+43"/>
        <location line="+88"/>
        <source>Hãy nhập ít nhất một sản phẩm</source>
        <translation>Enter at least one product</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Hàng ký gửi phải chọn chủ thể</source>
        <translation>Consignment goods need a producer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: hàng ký gửi phải có giá thỏa thuận</source>
        <translation>{name}: consignment goods need an agreed price</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} không phải sản phẩm của {producer}</source>
        <translation>{name} is not a product of {producer}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nơi chuyển đi và nơi nhận phải khác nhau</source>
        <translation>The source and destination must differ</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{name} không phải sản phẩm của chủ thể này</source>
        <translation>{name} is not a product of this producer</translation>
    </message>
    <message>
        <location filename="../../app/ui/line_edit_dialog.py" line="+53"/>
        <source>Giá bán</source>
        <translation>Selling price</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_dialog.py" line="-70"/>
        <location filename="../../app/ui/payment_pages.py" line="+55"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_pages.py" line="-71"/>
        <source>Tiền khách đưa</source>
        <translation>Cash given</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_state.py" line="+28"/>
        <source>Chưa đăng ký với máy chủ tỉnh</source>
        <translation>Not registered with the provincial hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần đăng ký lại với máy chủ tỉnh</source>
        <translation>Must re-register with the provincial hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/sync/errors.py" line="+14"/>
        <source>Máy chủ không tương thích</source>
        <translation>Incompatible hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa gửi được: {pending} mục đang chờ</source>
        <translation>Not sent yet: {pending} items waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pending} mục đang chờ gửi</source>
        <translation>{pending} items waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa đồng bộ lần nào</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đồng bộ</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đồng hồ máy lệch {minutes} phút so với máy chủ: hãy chỉnh lại giờ máy</source>
        <translation>The computer clock is {minutes} minutes off from the hub: please correct it</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="+70"/>
        <source>Không kết nối được máy chủ tỉnh: kiểm tra mạng (Wi-Fi, 4G) rồi thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy chủ tỉnh không trả lời kịp: mạng chậm hoặc máy chủ đang bận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chứng chỉ máy chủ không hợp lệ: không xác minh được máy chủ tỉnh, hãy báo cán bộ kỹ thuật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Máy chủ đang bận (mã {status}), sẽ thử lại sau</source>
        <translation>The hub is busy (code {status}); will retry later</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Máy chủ không nhận mã thiết bị này nữa: cần đăng ký lại máy với mã mới</source>
        <translation>The hub no longer accepts this device ID: re-register the computer with a new code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy chưa đăng ký với máy chủ tỉnh: hãy nhập địa chỉ máy chủ và mã đăng ký</source>
        <translation>This computer is not registered with the provincial hub: enter the hub address and registration code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mã đăng ký không đúng</source>
        <translation>Wrong registration code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã đăng ký đã được dùng</source>
        <translation>The registration code has already been used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã đăng ký đã hết hạn: hãy xin mã mới</source>
        <translation>The registration code has expired: ask for a new one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gian hàng này không còn hoạt động</source>
        <translation>This booth is no longer active</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="+50"/>
        <source>Địa chỉ máy chủ không hợp lệ: {url}</source>
        <translation>Invalid hub address: {url}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Địa chỉ máy chủ phải bắt đầu bằng https:// ({url})</source>
        <translation>The hub address must start with https:// ({url})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không đọc được tệp chứng chỉ {path}: {detail}</source>
        <translation>Cannot read the certificate file {path}: {detail}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Lô dữ liệu quá lớn</source>
        <translation>The data batch is too large</translation>
    </message>
    <message>
        <location filename="../../app/services/catalog_import_producers.py" line="+35"/>
        <source>doanh nghiệp</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hợp tác xã</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hộ sản xuất</source>
        <translation>household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tổ hợp tác</source>
        <translation>cooperative group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chủ thể “{producer}”: dòng này ghi “{value}”, dòng {first} ghi “{held}”; giữ “{held}” của dòng {first}</source>
        <translation>producer “{producer}”: this row says “{value}”, row {first} says “{held}”; kept “{held}” from row {first}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chủ thể “{producer}”: dòng này ghi “{value}”, dòng {first} ghi “{seen}”; giữ “{held}” đã lưu</source>
        <translation>producer “{producer}”: this row says “{value}”, row {first} says “{seen}”; kept the stored “{held}”</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="-178"/>
        <source>Không có cơ sở dữ liệu ở {path}</source>
        <translation>There is no database at {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không thể sao lưu đè lên chính cơ sở dữ liệu {path}</source>
        <translation>Cannot back up over the database {path} itself</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bản sao lưu không qua kiểm tra toàn vẹn ({detail}) nên đã bị xóa. Dữ liệu đang dùng có thể đã hỏng: hãy giữ nguyên máy và gọi hỗ trợ.</source>
        <translation>The backup failed its integrity check ({detail}) and was deleted. The data in use may be damaged: leave the laptop as it is and call support.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không sao lưu được {path}: {detail}</source>
        <translation>Could not back up {path}: {detail}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/restore.py" line="+214"/>
        <source>Không ghi được bản sao lưu vào {folder}: {detail}</source>
        <translation>Could not write the backup to {folder}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/restore.py" line="-123"/>
        <source>Tệp {path} là chính cơ sở dữ liệu đang dùng</source>
        <translation>{path} is the database in use itself</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OCOP Booth đang chạy với thư mục dữ liệu {path}: hãy đóng ứng dụng rồi khôi phục lại.</source>
        <translation>OCOP Booth is running on the data folder {path}: close the app, then restore again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Không thay được {path}: {detail}</source>
        <translation>Could not replace {path}: {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không có tệp {path}</source>
        <translation>There is no file {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+104"/>
        <source>Không đọc được tệp {path}: {detail}</source>
        <translation>Could not read {path}: {detail}</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Tệp {path} không phải dữ liệu của OCOP Booth</source>
        <translation>{path} is not OCOP Booth data</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Tệp {path} bị hỏng (kiểm tra toàn vẹn: {detail})</source>
        <translation>{path} is damaged (integrity check: {detail})</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Tệp {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}): hãy cập nhật OCOP Booth trước khi khôi phục.</source>
        <translation>{path} comes from a newer version of the app (revision {revision}): update OCOP Booth before restoring it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tệp {path} không phải cơ sở dữ liệu</source>
        <translation>{path} is not a database</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="+44"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cửa hàng / gian hàng</source>
        <translation>Shop / booth name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã gian hàng</source>
        <translation>Booth code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại điểm bán</source>
        <translation>Kind of sale point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên quản lý</source>
        <translation>Manager&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã PIN quản lý</source>
        <translation>Manager&apos;s PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu ngân</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tài khoản</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tài khoản</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khổ giấy hóa đơn</source>
        <translation>Receipt width</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không được để trống</source>
        <translation>Must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dài quá {max} ký tự</source>
        <translation>Longer than {max} characters</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Chưa hỗ trợ ngôn ngữ “{value}”</source>
        <translation>The language “{value}” is not supported</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ gồm chữ không dấu, chữ số và dấu gạch ngang, từ 2 đến 16 ký tự (ví dụ BL03): mã này đứng đầu mọi số hóa đơn</source>
        <translation>Only unaccented letters, digits and hyphens, 2 to 16 characters (e.g. BL03): this code starts every receipt number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại điểm bán không hợp lệ: {value}</source>
        <translation>Invalid kind of sale point: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khổ giấy hóa đơn là 80 hoặc 58 mm, không phải {value}</source>
        <translation>The receipt width is 80 or 58 mm, not {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thu ngân thứ {n}: tên phải có, tối đa {max} ký tự</source>
        <translation>Cashier {n}: a name is needed, at most {max} characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên “{name}” đã dùng cho người khác: mỗi người một tên</source>
        <translation>The name “{name}” is already someone else&apos;s: one name per person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thu ngân {name}: {reason}</source>
        <translation>Cashier {name}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu ngân {name} không được dùng trùng mã PIN của quản lý</source>
        <translation>Cashier {name} may not use the manager&apos;s PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hãy chọn ngân hàng</source>
        <translation>Choose the bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không có ngân hàng mã BIN “{value}” trong danh sách NAPAS</source>
        <translation>No bank with BIN “{value}” in the NAPAS list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thư mục dữ liệu này đã được cài đặt; việc cài đặt ban đầu chỉ làm trên thư mục mới (đổi thông tin trong Cài đặt)</source>
        <translation>This data folder is already set up; first-run set-up is only for a new folder (change the details in Settings)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mã {value} đã có trong dữ liệu</source>
        <translation>The code {value} is already in the data</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="-18"/>
        <source>Hãy nhập tên nhân viên</source>
        <translation>Enter the staff member&apos;s name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tên nhân viên dài quá {max} ký tự</source>
        <translation>The name is longer than {max} characters</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã có nhân viên tên “{name}”</source>
        <translation>There is already a staff member named “{name}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bạn không thể tự đổi vai trò của mình</source>
        <translation>You cannot change your own role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bạn không thể tự tắt tài khoản của mình</source>
        <translation>You cannot disable your own account</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} là quản lý cuối cùng còn hoạt động: hãy thêm quản lý khác trước</source>
        <translation>{name} is the last active manager: add another manager first</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Người đầu tiên phải là quản lý</source>
        <translation>The first person must be a manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="+49"/>
        <source>Đã xảy ra lỗi không mong muốn: {detail}</source>
        <translation>An unexpected error occurred: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_panel.py" line="-130"/>
        <source>sao lưu dữ liệu</source>
        <translation>back up the data</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>khôi phục dữ liệu</source>
        <translation>restore the data</translation>
    </message>
    <message>
        <location filename="../../app/printing/transports.py" line="+57"/>
        <source>Địa chỉ máy in “{uri}” không hợp lệ: {why}</source>
        <translation>Printer address “{uri}” is not valid: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chưa nhập</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dùng tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0 hoặc file:///dev/usb/lp0</source>
        <translation>use tcp://IP:9100, usb://VID:PID, serial:///dev/ttyUSB0 or file:///dev/usb/lp0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cổng phải là số từ 1 đến 65535</source>
        <translation>the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thiếu địa chỉ IP hoặc tên máy</source>
        <translation>the IP address or host name is missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cần mã hãng và mã máy dạng hex, ví dụ usb://0416:5011</source>
        <translation>needs the vendor and product ids in hex, e.g. usb://0416:5011</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mã USB quá lớn</source>
        <translation>the USB id is too large</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>thiếu đường dẫn thiết bị</source>
        <translation>the device path is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tốc độ baud phải là số</source>
        <translation>the baud rate must be a number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Máy in hóa đơn {printer} không nhận lệnh in: {reason}</source>
        <translation>Receipt printer {printer} did not take the job: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>không phản hồi (máy tắt, hết giấy hoặc mất mạng?)</source>
        <translation>no answer (switched off, out of paper or no network?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>từ chối kết nối (máy in đang tắt?)</source>
        <translation>connection refused (is the printer off?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mất kết nối giữa chừng</source>
        <translation>the connection dropped mid-way</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không thấy máy in (chưa cắm hoặc chưa bật?)</source>
        <translation>printer not found (unplugged or off?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không tới được máy in qua mạng</source>
        <translation>the printer cannot be reached over the network</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không có quyền ghi vào thiết bị</source>
        <translation>no permission to write to the device</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>không thấy máy in USB này; cắm lại máy in, hoặc dùng file:///dev/usb/lp0</source>
        <translation>this USB printer was not found; plug it in again, or use file:///dev/usb/lp0</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cần cài gói pyserial để in qua cổng COM/serial</source>
        <translation>printing over a COM/serial port needs the pyserial package</translation>
    </message>
    <message>
        <location filename="../../app/services/print_queue.py" line="+75"/>
        <source>Máy in hóa đơn không phản hồi — hóa đơn {number} đang chờ in</source>
        <translation>The receipt printer is not answering — receipt {number} is waiting to print</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Máy in hóa đơn không phản hồi — {count} hóa đơn đang chờ in, mới nhất {number}</source>
        <translation>The receipt printer is not answering — {count} receipts are waiting to print, the latest {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/printer_settings.py" line="+49"/>
        <source>Chưa cài máy in hóa đơn: vào Cài đặt → Máy in hóa đơn</source>
        <translation>No receipt printer set up: go to Settings → Receipt printer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Khổ giấy {width} mm không có; chọn 80 hoặc 58 mm</source>
        <translation>There is no {width} mm paper; choose 80 or 58 mm</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/period.py" line="+100"/>
        <source>Kỳ báo cáo quá dài: tối đa {days} ngày</source>
        <translation>The period is too long: at most {days} days</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hãy chọn ngày đầu và ngày cuối kỳ</source>
        <translation>Choose the first and last day of the period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có loại kỳ báo cáo “{kind}”</source>
        <translation>There is no report period “{kind}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gian hàng chưa được gán cho hội chợ nào</source>
        <translation>This booth is not assigned to a fair</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chưa có ca bán hàng nào</source>
        <translation>No shift yet</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/export.py" line="+69"/>
        <source>Báo cáo không có cách nhóm “{by}”</source>
        <translation>The report has no grouping “{by}”</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Định dạng “{fmt}” không được hỗ trợ: chọn csv, xlsx hoặc pdf</source>
        <translation>Format “{fmt}” is not supported: choose csv, xlsx or pdf</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/queries.py" line="+311"/>
        <source>Không có cách nhóm “{by}”</source>
        <translation>There is no grouping “{by}”</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="+45"/>
        <source>Thiếu {flag} YYYY-MM-DD (hoặc dùng --period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{flag} “{value}” không phải ngày hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2026-11-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dùng --period hoặc --from/--to, không dùng cả hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Định dạng {fmt} cần --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có dữ liệu bán hàng ở {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kỳ {period} không có hóa đơn, hoàn trả hay lượt khách nào: không có gì để báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/customer_screen.py" line="+19"/>
        <source>Màn hình khách hàng: “{mode}” không hợp lệ (auto, on, off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/printing/label_bitmap.py" line="+115"/>
        <source>Cần cài gói pypdfium2 để in thẳng ra máy in nhãn</source>
        <translation>Printing straight to a label printer needs the pypdfium2 package</translation>
    </message>
    <message>
        <location filename="../../app/printing/tspl.py" line="-164"/>
        <source>Địa chỉ máy in nhãn “{uri}” không hợp lệ: dùng tspl+tcp://IP:9100, tspl+usb://VID:PID hoặc tspl+file:///dev/usb/lp0</source>
        <translation>Label printer address “{uri}” is not valid: use tspl+tcp://IP:9100, tspl+usb://VID:PID or tspl+file:///dev/usb/lp0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Độ phân giải máy in nhãn phải là 203 hoặc 300 dpi (đã nhập {dpi})</source>
        <translation>The label printer&apos;s resolution must be 203 or 300 dpi (got {dpi})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Máy in nhãn chỉ in khổ cuộn; “{stock}” là tờ A4, hãy in ra PDF hoặc chọn khổ cuộn (50×30, 40×30, 35×22 mm)</source>
        <translation>A label printer prints rolls only; “{stock}” is an A4 sheet: print it to PDF or choose a roll (50×30, 40×30, 35×22 mm)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Mã QR của “{product}” quá dài ({chars} ký tự) để in rõ ở khổ “{stock}” trên máy in nhãn {dpi} dpi: mỗi ô của mã chỉ được {dots} chấm in. Hãy chọn khổ lớn hơn hoặc in ra PDF</source>
        <translation>The QR code of “{product}” is too long ({chars} characters) to print sharply on “{stock}” with a {dpi} dpi label printer: each module would be {dots} printer dots. Choose a larger stock or print to PDF</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Khe hở giữa hai nhãn phải từ 0 đến 20 mm (đã nhập {gap})</source>
        <translation>The gap between labels must be 0 to 20 mm (got {gap})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Máy in nhãn {printer} không nhận lệnh in: {reason}</source>
        <translation>Label printer {printer} did not take the job: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/sale_numbers.py" line="+51"/>
        <source>Số hóa đơn {number} không được giữ cho ca này hoặc đã được dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/scale_codes.py" line="+90"/>
        <source>Quy tắc cân dòng {line}: tiền tố “{prefix}” phải từ 20 đến 29</source>
        <translation>Scale rule line {line}: the prefix “{prefix}” must be 20 to 29</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quy tắc cân dòng {line}: loại “{kind}” phải là cân hoặc giá</source>
        <translation>Scale rule line {line}: the kind “{kind}” must be cân (weight) or giá (price)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quy tắc cân dòng {line}: mã hàng (PLU) phải có 3 đến 6 chữ số</source>
        <translation>Scale rule line {line}: the item number (PLU) must have 3 to 6 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quy tắc cân dòng {line}: số chữ số lẻ phải từ 0 đến {most}</source>
        <translation>Scale rule line {line}: the decimals must be 0 to {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quy tắc cân dòng {line}: đơn vị giá phải là 1, 10, 100 hoặc 1000 đồng</source>
        <translation>Scale rule line {line}: the price unit must be 1, 10, 100 or 1000 đồng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quy tắc cân dòng {line}: tiền tố {prefix} đã có ở dòng trên</source>
        <translation>Scale rule line {line}: the prefix {prefix} is already on a line above</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quy tắc cân dòng {line}: không đọc được danh sách quy tắc</source>
        <translation>Scale rule line {line}: the list of rules cannot be read</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quy tắc cân dòng {line}: thiếu tiền tố hoặc loại</source>
        <translation>Scale rule line {line}: the prefix or the kind is missing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quy tắc cân dòng {line}: “{text}” phải có dạng “22 cân 5 3” hoặc “21 giá 5 100”</source>
        <translation>Scale rule line {line}: “{text}” must look like “22 cân 5 3” (weight) or “21 giá 5 100” (price)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Mã cân {code}: sai số kiểm tra (phải là {expected}), hãy quét lại</source>
        <translation>Scale code {code}: wrong check digit (it should be {expected}), scan it again</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Mã cân {code}: {name} không bán theo cân</source>
        <translation>Scale code {code}: {name} is not sold by weight</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mã cân {code}: khối lượng bằng 0, hãy cân lại</source>
        <translation>Scale code {code}: the weight is 0, weigh it again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mã cân {code}: không có hàng nào mang mã PLU {plu} (mã vạch gốc {base})</source>
        <translation>Scale code {code}: no product has PLU {plu} (base barcode {base})</translation>
    </message>
</context>
<context>
    <name>methods</name>
    <message>
        <location filename="../../app/ui/models/sales_table_model.py" line="-34"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển khoản VietQR</source>
        <translation>VietQR transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thẻ</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví điện tử</source>
        <translation>E-wallet</translation>
    </message>
</context>
<context>
    <name>pdf_printing</name>
    <message>
        <location filename="../../app/ui/pdf_printing.py" line="-152"/>
        <source>In hóa đơn</source>
        <translation>Print receipt</translation>
    </message>
</context>
<context>
    <name>producers</name>
    <message>
        <location filename="../../app/ui/models/producer_table_model.py" line="-36"/>
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hợp tác xã</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hộ sản xuất</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ hợp tác</source>
        <translation>Cooperative group</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../app/services/reporting/period.py" line="-114"/>
        <source>Ca này</source>
        <translation>This shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội chợ này</source>
        <translation>This fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khoảng ngày</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/columns.py" line="+50"/>
        <source>BÁO CÁO BÁN HÀNG</source>
        <translation>SALES REPORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỳ báo cáo: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So với kỳ trước: {period}</source>
        <translation>Compared with: {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lập lúc {time} (giờ {zone})</source>
        <translation>Made at {time} ({zone} time)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ tiêu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/services/reporting/period.py" line="+1"/>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thay đổi (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Tiền bán (₫)</source>
        <translation>Sales amount (₫)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>Hoàn trả (₫)</source>
        <translation>Refunds (₫)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+41"/>
        <source>Doanh thu (₫)</source>
        <translation>Revenue (₫)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Doanh thu kỳ trước (₫)</source>
        <translation>Previous revenue (₫)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Số hóa đơn</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <source>Lượt khách</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Hóa đơn / 100 khách</source>
        <translation>Sales / 100 visitors</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Giờ</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So với ngày</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phải trả hàng ký gửi (₫)</source>
        <translation>Owed for consignment (₫)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhóm hàng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phương thức</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trung bình một hóa đơn (₫)</source>
        <translation>Average sale (₫)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số lần hoàn trả</source>
        <translation>Refunds made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hóa đơn đã hủy (không tính)</source>
        <translation>Voided sales (not counted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền hóa đơn đã hủy (₫)</source>
        <translation>Voided amount (₫)</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/export.py" line="-115"/>
        <source>Cách tính</source>
        <translation>How the figures are computed</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/figures.py" line="+30"/>
        <source>Theo giờ trong ngày</source>
        <translation>By hour of day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo ngày</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo sản phẩm</source>
        <translation>By product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo chủ thể</source>
        <translation>By producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo nhóm hàng</source>
        <translation>By category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theo phương thức thanh toán</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không tính hóa đơn đã hủy.</source>
        <translation>Voided sales are not counted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiền hoàn trả được trừ vào ngày và giờ hoàn trả, không phải ngày bán; doanh thu = tiền bán − tiền hoàn trả.</source>
        <translation>Refunds are taken off on the day and hour they are made, not the day of the sale; revenue = sales − refunds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giá trị trung bình một hóa đơn = tiền bán / số hóa đơn (trước hoàn trả).</source>
        <translation>Average sale = sales amount / number of sales (before refunds).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỷ lệ chuyển đổi = số hóa đơn trên 100 lượt khách.</source>
        <translation>Conversion = sales per 100 visitors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So sánh với kỳ trước có cùng độ dài, ngay trước kỳ này.</source>
        <translation>Compared with the period of the same length just before.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phải trả hàng ký gửi = số lượng bán (đã trừ hoàn trả) × giá thỏa thuận, như biên bản quyết toán với chủ thể.</source>
        <translation>Owed for consignment = quantity sold (net of refunds) × agreed price, as in the settlement with the producer.</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/queries.py" line="-258"/>
        <source>(Chưa phân loại)</source>
        <translation>(No category)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Không rõ chủ thể)</source>
        <translation>(Unknown producer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Sản phẩm không còn trong danh mục)</source>
        <translation>(Product no longer in the catalog)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T2</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T3</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T4</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T5</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T6</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T7</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../app/ui/restore_flow.py" line="+60"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa khôi phục được: {error}

Dữ liệu đang dùng vẫn giữ nguyên.</source>
        <translation>Could not restore: {error}

The data in use is unchanged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã khôi phục dữ liệu từ {path} ({sales} hóa đơn).</source>
        <translation>Data restored from {path} ({sales} sales).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dữ liệu trước khi khôi phục được giữ ở {path}.</source>
        <translation>The data from before the restore is kept in {path}.</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <location filename="../../app/ui/models/sales_table_model.py" line="+7"/>
        <source>Hoàn tất</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã hủy</source>
        <translation>Voided</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../app/ui/models/staff_table_model.py" line="-46"/>
        <source>Quản lý</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu ngân</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã tắt</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạm khóa (sai PIN)</source>
        <translation>Locked (wrong PINs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang làm</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>stars</name>
    <message>
        <location filename="../../app/ui/models/product_table_model.py" line="-125"/>
        <source>{stars} hết hạn {until}</source>
        <translation>{stars} expired {until}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{stars} đến {until} (còn {days} ngày)</source>
        <translation>{stars} until {until} ({days} days left)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stars} đến {until}</source>
        <translation>{stars} until {until}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../app/services/star_watch.py" line="+37"/>
        <source>Sao OCOP: {expired} hết hạn, {expiring} sắp hết hạn</source>
        <translation>Stars: {expired} expired, {expiring} expiring</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <location filename="../../app/ui/models/stock_table_models.py" line="-200"/>
        <source>Nhập mua</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận ký gửi</source>
        <translation>Consignment in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển đi</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển đến</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất hủy</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả chủ thể</source>
        <translation>Return to producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bán</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy hóa đơn</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách trả</source>
        <translation>Customer return</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/ui/models/sync_pending_table_model.py" line="-50"/>
        <source>Bán hàng</source>
        <translation>Sell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy hóa đơn</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả hàng, hoàn tiền</source>
        <translation>Returns, refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chốt ca</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lượt khách</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập, xuất kho</source>
        <translation>Stock in/out</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/sync_set_aside_table_model.py" line="-27"/>
        <source>Trùng mã nhưng khác nội dung với bản máy chủ đã có</source>
        <translation>Same ID but different content from the hub&apos;s copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dữ liệu không hợp lệ</source>
        <translation>Invalid data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy không được ghi cho gian hàng này</source>
        <translation>This computer may not write for this booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá lớn, máy chủ không nhận</source>
        <translation>Too large for the hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
</context>
</TS>
