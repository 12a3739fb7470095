Attribute VB_Name = "Spleis"
' spleis from Excel: the C API of spleis.dll (include/spleis/spleis.h) declared for VBA 7
' (Office 2010 and later), 64-bit and 32-bit. Import this module (File > Import File) and put
' spleis.dll where Windows finds it, or beside the workbook with SpleisLoad (see README.md).
' Two sheet functions are at the end:
'   =SpleisAmount("C:\spleis\scenarios\digi-vestland-2021.yaml"; "4630")         -> 261905
'   =SpleisAllocate(10370000; 100000; 500000; C2:C43)   (an array formula)       -> a column
'
' Conventions of the declarations (tests/capi/check_vba_declares.py keeps them in step with
' spleis.h): handles are LongPtr; text in and out is UTF-8 in Byte arrays, passed as their
' first element (see Utf8 and FromUtf8); size_t is LongPtr; int64_t is LongLong in 64-bit
' Office and Currency in 32-bit Office, which has no 64-bit integer (the Currency then holds
' the value / 10000: multiply by 10000).
Option Explicit

' Status codes (enum spleis_status): 1xx the call, 2xx the input, 3xx infeasible, 9xx internal.
Public Const SPLEIS_OK As Long = 0
Public Const SPLEIS_E_NULL_ARGUMENT As Long = 100
Public Const SPLEIS_E_BAD_COUNT As Long = 101
Public Const SPLEIS_E_BAD_NUMBER As Long = 102
Public Const SPLEIS_E_BUFFER_TOO_SMALL As Long = 103
Public Const SPLEIS_E_INDEX_OUT_OF_RANGE As Long = 104
Public Const SPLEIS_E_NOT_LOADED As Long = 105
Public Const SPLEIS_E_NO_SUCH_PARAMETER As Long = 106
Public Const SPLEIS_E_NO_SUCH_MEMBER As Long = 107
Public Const SPLEIS_E_NOTHING_SOLVED As Long = 108
Public Const SPLEIS_E_NO_SUCH_FUNDING As Long = 109
Public Const SPLEIS_E_NO_SUCH_OPTION As Long = 110
Public Const SPLEIS_E_INPUT As Long = 200
Public Const SPLEIS_E_INFEASIBLE As Long = 300
Public Const SPLEIS_E_INTERNAL As Long = 900
Public Const SPLEIS_E_OUT_OF_MEMORY As Long = 901

' Limits (enum spleis_limit)
Public Const SPLEIS_LIMIT_NONE As Long = 0
Public Const SPLEIS_LIMIT_CAP As Long = 1
Public Const SPLEIS_LIMIT_FLOOR As Long = 2
Public Const SPLEIS_LIMIT_SELF_FUNDED As Long = 3

' --- The library -------------------------------------------------------------------------
Public Declare PtrSafe Function spleis_version Lib "spleis.dll" () As LongPtr
Public Declare PtrSafe Function spleis_error_string Lib "spleis.dll" (ByVal status As Long) As LongPtr

' --- Contexts ----------------------------------------------------------------------------
Public Declare PtrSafe Function spleis_context_new Lib "spleis.dll" (ByRef context As LongPtr) As Long
Public Declare PtrSafe Sub spleis_context_free Lib "spleis.dll" (ByVal context As LongPtr)
Public Declare PtrSafe Function spleis_context_error Lib "spleis.dll" (ByVal context As LongPtr) As LongPtr

' --- Scenarios ---------------------------------------------------------------------------
Public Declare PtrSafe Function spleis_scenario_new Lib "spleis.dll" _
    (ByVal context As LongPtr, ByRef scenario As LongPtr) As Long
Public Declare PtrSafe Sub spleis_scenario_free Lib "spleis.dll" (ByVal scenario As LongPtr)
Public Declare PtrSafe Function spleis_scenario_load_file Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef path As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_load_yaml Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef yaml As Byte, ByRef base_dir As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_set_parameter Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter_name As Byte, ByVal value As Double) As Long
Public Declare PtrSafe Function spleis_scenario_set_population Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef member As Byte, ByVal population As Double) As Long
Public Declare PtrSafe Function spleis_scenario_set_budget Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByVal budget As Double) As Long
Public Declare PtrSafe Function spleis_scenario_set_funding Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef funding_name As Byte, ByVal amount As Double) As Long
Public Declare PtrSafe Function spleis_scenario_remove_funding Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef funding_name As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_set_self_funded Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef member As Byte, ByVal amount As Double) As Long
Public Declare PtrSafe Function spleis_scenario_remove_self_funded Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef member As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_solve_for Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter_name As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_remove_parameter Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter_name As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_set_rounding Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByVal unit As Double) As Long
Public Declare PtrSafe Function spleis_solve Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef result As LongPtr) As Long

' --- Results -----------------------------------------------------------------------------
Public Declare PtrSafe Sub spleis_result_free Lib "spleis.dll" (ByVal result As LongPtr)
Public Declare PtrSafe Function spleis_result_solved_parameter Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef parameter_name As Byte, ByVal size As LongPtr, ByRef length As LongPtr, _
     ByRef value As Double) As Long
Public Declare PtrSafe Function spleis_result_parameter Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef parameter_name As Byte, ByRef value As Double) As Long
Public Declare PtrSafe Function spleis_result_member_count Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_result_find_member Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef code_or_name As Byte, ByRef index As Long) As Long
Public Declare PtrSafe Function spleis_result_member_code Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef code As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_result_member_name Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef member_name As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
#If Win64 Then
Public Declare PtrSafe Function spleis_result_member_population Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef population As LongLong) As Long
Public Declare PtrSafe Function spleis_result_member_amount_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef amount_ore As LongLong) As Long
Public Declare PtrSafe Function spleis_result_total_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef total_ore As LongLong) As Long
#Else
Public Declare PtrSafe Function spleis_result_member_population Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef population As Currency) As Long
Public Declare PtrSafe Function spleis_result_member_amount_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef amount_ore As Currency) As Long
Public Declare PtrSafe Function spleis_result_total_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef total_ore As Currency) As Long
#End If
Public Declare PtrSafe Function spleis_result_member_amount Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef amount As Double) As Long
Public Declare PtrSafe Function spleis_result_member_limit Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef limit As Long) As Long
Public Declare PtrSafe Function spleis_result_explain_text Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef text As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_result_explain_json Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef json As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long

' --- Spreadsheet entry points: arrays as their first element plus a count ------------------
Public Declare PtrSafe Function spleis_allocate_base_per_inhabitant Lib "spleis.dll" _
    (ByVal budget As Double, ByVal base_amount As Double, ByVal cap As Double, ByRef populations As Double, _
     ByVal n As Long, ByRef amounts As Double, ByRef per_inhabitant As Double, ByRef message As Byte, _
     ByVal message_size As LongPtr) As Long
Public Declare PtrSafe Function spleis_allocate_model Lib "spleis.dll" _
    (ByRef model_yaml As Byte, ByVal budget As Double, ByRef populations As Double, ByVal n As Long, _
     ByRef amounts As Double, ByRef solved As Double, ByRef message As Byte, ByVal message_size As LongPtr) As Long
Public Declare PtrSafe Function spleis_allocate_base_per_inhabitant_ex Lib "spleis.dll" _
    (ByVal budget As Double, ByVal base_amount As Double, ByVal cap As Double, ByVal funding As Double, _
     ByRef populations As Double, ByRef self_funded As Double, ByVal n As Long, ByVal rounding As Double, _
     ByRef amounts As Double, ByRef per_inhabitant As Double, ByRef message As Byte, _
     ByVal message_size As LongPtr) As Long
Public Declare PtrSafe Function spleis_allocate_model_ex Lib "spleis.dll" _
    (ByRef model_yaml As Byte, ByVal budget As Double, ByVal funding As Double, ByRef populations As Double, _
     ByRef self_funded As Double, ByVal n As Long, ByVal rounding As Double, ByRef amounts As Double, _
     ByRef solved As Double, ByRef message As Byte, ByVal message_size As LongPtr) As Long

' --- UTF-8 <-> VBA strings (VBA strings are UTF-16; spleis speaks UTF-8) -------------------
Private Declare PtrSafe Function MultiByteToWideChar Lib "kernel32" (ByVal CodePage As Long, ByVal dwFlags As Long, _
    ByVal lpMultiByteStr As LongPtr, ByVal cbMultiByte As Long, ByVal lpWideCharStr As LongPtr, _
    ByVal cchWideChar As Long) As Long
Private Declare PtrSafe Function WideCharToMultiByte Lib "kernel32" (ByVal CodePage As Long, ByVal dwFlags As Long, _
    ByVal lpWideCharStr As LongPtr, ByVal cchWideChar As Long, ByVal lpMultiByteStr As LongPtr, _
    ByVal cbMultiByte As Long, ByVal lpDefaultChar As LongPtr, ByVal lpUsedDefaultChar As LongPtr) As Long
Private Declare PtrSafe Function lstrlenA Lib "kernel32" (ByVal lpString As LongPtr) As Long
Private Declare PtrSafe Function LoadLibraryW Lib "kernel32" (ByVal lpLibFileName As LongPtr) As LongPtr
Private Const CP_UTF8 As Long = 65001

' Loads spleis.dll from a folder, such as the workbook's: call SpleisLoad(ThisWorkbook.Path) in
' Workbook_Open. Once a DLL called spleis.dll is loaded, Windows gives it to every Declare above,
' wherever Excel itself would look. The path crosses as UTF-16 (StrPtr): Norwegian letters in it work.
Public Function SpleisLoad(ByVal folder As String) As Boolean
    SpleisLoad = LoadLibraryW(StrPtr(folder & "\spleis.dll")) <> 0
End Function

' The text as UTF-8 with its terminating NUL. Pass the array's first element: bytes(0).
Public Function Utf8(ByVal text As String) As Byte()
    Dim size As Long, bytes() As Byte
    size = WideCharToMultiByte(CP_UTF8, 0, StrPtr(text), Len(text), 0, 0, 0, 0)
    ReDim bytes(0 To size)
    If size > 0 Then WideCharToMultiByte CP_UTF8, 0, StrPtr(text), Len(text), VarPtr(bytes(0)), size, 0, 0
    Utf8 = bytes
End Function

' `length` bytes of UTF-8 at `address` as a VBA string.
Public Function FromUtf8(ByVal address As LongPtr, ByVal length As Long) As String
    Dim chars As Long
    If address = 0 Or length = 0 Then Exit Function
    chars = MultiByteToWideChar(CP_UTF8, 0, address, length, 0, 0)
    FromUtf8 = String$(chars, vbNullChar)
    MultiByteToWideChar CP_UTF8, 0, address, length, StrPtr(FromUtf8), chars
End Function

' A NUL-terminated UTF-8 string, such as spleis_context_error returns.
Public Function FromUtf8Z(ByVal address As LongPtr) As String
    If address <> 0 Then FromUtf8Z = FromUtf8(address, lstrlenA(address))
End Function

' --- Sheet functions ---------------------------------------------------------------------

' What one member of a scenario pays, in kroner; the error message as text when it fails.
Public Function SpleisAmount(ByVal scenarioFile As String, ByVal member As String) As Variant
    Dim context As LongPtr, scenario As LongPtr, result As LongPtr
    Dim path() As Byte, who() As Byte, index As Long, amount As Double, status As Long
    path = Utf8(scenarioFile)
    who = Utf8(member)
    status = spleis_context_new(context)
    If status = SPLEIS_OK Then status = spleis_scenario_new(context, scenario)
    If status = SPLEIS_OK Then status = spleis_scenario_load_file(scenario, path(0))
    If status = SPLEIS_OK Then status = spleis_solve(scenario, result)
    If status = SPLEIS_OK Then status = spleis_result_find_member(result, who(0), index)
    If status = SPLEIS_OK Then status = spleis_result_member_amount(result, index, amount)
    If status = SPLEIS_OK Then
        SpleisAmount = amount
    ElseIf context <> 0 Then
        SpleisAmount = "spleis: " & FromUtf8Z(spleis_context_error(context))
    Else
        SpleisAmount = "spleis: " & FromUtf8Z(spleis_error_string(status))
    End If
    spleis_result_free result
    spleis_scenario_free scenario
    spleis_context_free context
End Function

' Base amount plus a rate per inhabitant, at most cap (0: none), solved to meet the budget:
' enter as an array formula over a column as tall as the populations.
Public Function SpleisAllocate(ByVal budget As Double, ByVal baseAmount As Double, ByVal cap As Double, _
                               ByVal populations As Range) As Variant
    Dim n As Long, i As Long, status As Long, rate As Double
    Dim values() As Double, amounts() As Double, message(0 To 1023) As Byte, column() As Variant
    n = populations.Cells.Count
    ReDim values(0 To n - 1)
    ReDim amounts(0 To n - 1)
    For i = 1 To n
        ' Empty and text cells would silently count as 0 inhabitants: refuse them.
        If IsEmpty(populations.Cells(i).Value) Or Not IsNumeric(populations.Cells(i).Value) Then
            SpleisAllocate = "spleis: cell " & populations.Cells(i).Address(False, False) & " is not a population"
            Exit Function
        End If
        values(i - 1) = populations.Cells(i).Value
    Next i
    status = spleis_allocate_base_per_inhabitant(budget, baseAmount, cap, values(0), n, amounts(0), rate, _
                                                 message(0), UBound(message) + 1)
    If status <> SPLEIS_OK Then
        SpleisAllocate = "spleis: " & FromUtf8Z(VarPtr(message(0)))
        Exit Function
    End If
    ReDim column(1 To n, 1 To 1)
    For i = 1 To n
        column(i, 1) = amounts(i - 1)
    Next i
    SpleisAllocate = column
End Function
